// tsc does not copy plain .js files; the generated protobuf module is JavaScript (+ .d.ts).
import { cpSync, mkdirSync } from 'node:fs';
mkdirSync('dist/src/gen', { recursive: true });
cpSync('src/gen/proto', 'dist/src/gen/proto', { recursive: true });
