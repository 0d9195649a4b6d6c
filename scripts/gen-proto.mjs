// Generates src/gen/proto/ from proto/*.proto (the source of truth). The output is committed;
// CI regenerates it and fails if it differs (schema and code can never drift apart).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const protoDir = 'proto/faultreplay/v1';
const outDir = 'src/gen/proto';
mkdirSync(outDir, { recursive: true });
const files = readdirSync(protoDir)
  .filter((f) => f.endsWith('.proto'))
  .sort()
  .map((f) => join(protoDir, f));
const bin = (name) => join('node_modules', '.bin', name);
const js = join(outDir, 'events.js');
execFileSync(
  bin('pbjs'),
  [
    '-t',
    'static-module',
    '-w',
    'es6',
    '--no-verify',
    '--no-convert',
    '--no-delimited',
    '--force-long',
    // Imports are written from the proto/ root ("faultreplay/v1/event.proto"), as protoc -I proto reads them.
    '-p',
    'proto',
    '-o',
    js,
    ...files,
  ],
  { stdio: 'inherit' },
);
// pbjs's es6 wrapper imports "protobufjs/minimal" without the .js extension Node's ESM needs.
writeFileSync(
  js,
  '// @ts-nocheck\n/* eslint-disable */\n' +
    readFileSync(js, 'utf8').replace(/from "protobufjs\/minimal"/g, 'from "protobufjs/minimal.js"'),
);
execFileSync(bin('pbts'), ['-o', join(outDir, 'events.d.ts'), js], { stdio: 'inherit' });
console.log(`generated ${outDir} from ${files.length} schema file(s)`);
