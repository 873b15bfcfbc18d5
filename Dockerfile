# syntax=docker/dockerfile:1
# Build: install all dependencies, generate the Prisma client, compile TypeScript to dist/
# (the Prisma client runs without native engines: nothing else is needed on the system).
# Node 24: the LTS line (Node 20 reached its end of life in April 2026).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json tsconfig.build.json ./
RUN npm ci --no-audit --no-fund
COPY src ./src
# The Prisma CLI stays: each process applies pending migrations when it starts.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# Run: only what the processes need, as an unprivileged user. Compose runs it under an init
# (init: true), which passes SIGTERM on; the process then stops within SHUTDOWN_TIMEOUT_SECONDS.
FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json prisma.config.ts ./
COPY --chown=node:node prisma ./prisma
COPY --chown=node:node locales ./locales
USER node
EXPOSE 3000
# Healthy = ready: Postgres and Redis answer (and, in a worker, its queue worker runs). The first start applies
# migrations before the HTTP server listens. An orchestrator that restarts what fails its probe should probe /livez.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:'+(process.env.HTTP_PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# "bot", "worker", or nothing for both; "--help" lists them.
ENTRYPOINT ["node", "dist/main.js"]
