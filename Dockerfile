# syntax=docker/dockerfile:1
#
# One image for the whole monorepo. The default command runs the gateway; each
# subgraph runs from the same image with a different command:
#
#   npx tsx services/operators/src/main.ts
#   npx tsx services/cases/src/main.ts
#   npx tsx services/adjudication/src/main.ts
#   npx tsx gateway/src/main.ts            (default CMD)
#
# See docker-compose.yml for the full stack.

# --- manifests: only package.json files + lockfile, so `npm ci` below stays cached
#     until a dependency actually changes (source edits do not invalidate it).
FROM node:20-bookworm-slim AS manifests
WORKDIR /src
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json -delete \
 && find . -depth -type d -empty -delete

# --- deps: full install (tsx, the runtime loader, is a devDependency).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
COPY --from=manifests /src/ ./
# No toolchain: every native dependency ships prebuilt (docs/decisions.md, "Install scripts").
RUN npm ci && npm cache clean --force

# --- runtime
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    npm_config_update_notifier=false
COPY --from=deps --chown=node:node /app ./
COPY --chown=node:node . .
# The web application the gateway serves at `/`, built once into the image.
RUN npx tsx scripts/web-bundle.ts && chown -R node:node web/dist
# The data directory exists, owned by node, so a volume mounted there starts writable.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4000 4001 4002 4003
CMD ["npx", "tsx", "gateway/src/main.ts"]
