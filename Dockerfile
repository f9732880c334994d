# syntax=docker/dockerfile:1.7
# One multi-stage build for the platform's Node processes; docker-compose.yml builds one target each:
#   docker build --target techmart -t sti/techmart .
#   docker build --target search   -t sti/search .
#   docker build --target initiatives -t sti/initiatives .
#   docker build --target gateway  -t sti/gateway .      (serves the built portal too)
# Runtime images run as the unprivileged `node` user, with read-only code owned by root, a writable
# /data for the process's own files, and a HEALTHCHECK on the process's /ready endpoint.
# The entry points and ports are the ones `npm run stack:up` runs (infra/stack/src/stack.definition.ts);
# infra/stack/src/compose-consistency.spec.ts checks that they agree.

ARG NODE_VERSION=20

# ---- dependencies: reused until a package.json or the lock file changes ----------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS deps
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
# the repository's package manager (package.json "packageManager")
RUN npm install -g npm@11.19.1
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY proto/package.json proto/
COPY packages/platform/package.json packages/platform/
COPY packages/attachments/package.json packages/attachments/
COPY packages/notifications/package.json packages/notifications/
COPY packages/review/package.json packages/review/
COPY services/techmart/package.json services/techmart/
COPY services/search/package.json services/search/
COPY services/initiatives/package.json services/initiatives/
COPY services/incubation/package.json services/incubation/
COPY services/insights/package.json services/insights/
COPY gateway/package.json gateway/
COPY web/package.json web/
COPY host/package.json host/
COPY infra/stack/package.json infra/stack/
RUN npm ci

# ---- build: TypeScript → dist/, the portal → web/dist; then only production dependencies remain ----
FROM deps AS build
COPY . .
# `prisma generate` never runs here (the client is committed); this only keeps Prisma's CLI quiet
ENV PRISMA_SCHEMA_ENGINE_BINARY=/bin/true
RUN npx turbo run build --output-logs=errors-only \
      --filter=@sti/techmart --filter=@sti/search --filter=@sti/initiatives --filter=@sti/incubation --filter=@sti/insights --filter=@sti/gateway --filter=@sti/web \
 && npm prune --omit=dev

# ---- common runtime ---------------------------------------------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
RUN mkdir -p /data && chown node:node /data
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/proto proto
COPY --from=build /app/packages/platform packages/platform
# shared pieces services import at run time (Techmart: attachments, notifications; initiatives too)
COPY --from=build /app/packages/attachments packages/attachments
COPY --from=build /app/packages/notifications packages/notifications
# /ready: the process's database, transport and upstreams answer (compose waits on it)
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# ---- techmart: offers, needs, experts, moderation --------------------------------------------------------
FROM runtime AS techmart
COPY --from=build /app/services/techmart services/techmart
# attachments live here (a volume in compose: a new volume takes this directory's owner)
RUN mkdir -p /data/techmart && chown node:node /data/techmart
ENV PORT=8101 DATA_DIR=/data/techmart
EXPOSE 8101
USER node
CMD ["node", "services/techmart/dist/main.js"]

# ---- initiatives: campaigns, blind council scoring, decisions, certificates, the central repository ---
FROM runtime AS initiatives
COPY --from=build /app/packages/review packages/review
COPY --from=build /app/services/initiatives services/initiatives
# attachments and certificate PDFs live here (a volume in compose)
RUN mkdir -p /data/initiatives && chown node:node /data/initiatives
ENV PORT=8103 DATA_DIR=/data/initiatives
EXPOSE 8103
USER node
CMD ["node", "services/initiatives/dist/main.js"]

# ---- incubation: startups, idea contests and juries, programmes, cohorts, milestones, KPIs --------------
FROM runtime AS incubation
COPY --from=build /app/packages/review packages/review
COPY --from=build /app/services/incubation services/incubation
# milestone evidence files live here (a volume in compose)
RUN mkdir -p /data/incubation && chown node:node /data/incubation
ENV PORT=8105 DATA_DIR=/data/incubation
EXPOSE 8105
USER node
CMD ["node", "services/incubation/dist/main.js"]

# ---- search: the search indices, a Kafka consumer group (scale with replicas) ---------------------------
FROM runtime AS search
COPY --from=build /app/services/search services/search
# the embedded engine's snapshot (unused with Meilisearch)
RUN mkdir -p /data/search && chown node:node /data/search
ENV PORT=8102 SEARCH_DATA_DIR=/data/search
EXPOSE 8102
USER node
CMD ["node", "services/search/dist/main.js"]

# ---- insights: indicator projections and monitoring reports, a Kafka consumer group -------------------
FROM runtime AS insights
COPY --from=build /app/services/insights services/insights
ENV PORT=8106
EXPOSE 8106
USER node
CMD ["node", "services/insights/dist/main.js"]

# ---- gateway: the one public entry, Keycloak tokens, routing, and the built portal ----------------------
FROM runtime AS gateway
COPY --from=build /app/gateway gateway
COPY --from=build /app/web/dist web/dist
ENV PORT=3000 WEB_DIST=/app/web/dist
EXPOSE 3000
USER node
CMD ["node", "gateway/dist/main.js"]
