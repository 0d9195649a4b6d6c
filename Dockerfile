# The faultreplay CLI as an image, for the ingest and replay workers of docker-compose.yml.
#   docker build -t faultreplay .
#   docker run --rm faultreplay --help
# test/unit/services/dockerfile.test.ts builds what the build stage copies, the same way.
ARG NODE_VERSION=20.20

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Scripts off: `prepare` would build before the sources are copied.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY proto ./proto
COPY src ./src
COPY ingest ./ingest
COPY bench ./bench
# The optional native helpers' sources (build-native.mjs reads the folder). The slim image has no
# C compiler, so the build says they are not built and their JavaScript twins run (same bytes).
COPY native ./native
RUN npm run build && npm prune --omit=dev

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY proto ./proto
COPY dashboards ./dashboards
USER node
ENTRYPOINT ["node", "bin/faultreplay.js"]
CMD ["--help"]
