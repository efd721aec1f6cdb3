# One image for both processes: `node dist/apps/api/main.js` (default) or
# `node dist/apps/worker/main.js`. Debian (glibc) because the Temporal worker's
# native core does not run on musl.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci applies these to node_modules (patch-package, postinstall): they must be there first.
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/rules ./rules
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/main.js"]
