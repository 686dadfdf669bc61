# MediaNest container image.
#
#   docker build -t medianest .
#   docker run -p 8080:8080 -v medianest-data:/data medianest          # `medianest api`
#   docker run ... medianest run | worker | scheduler | migrate | admin-link
#
# Build context: the repository root. Needs requirements.lock
# (`uv pip compile pyproject.toml --generate-hashes -o requirements.lock`).

ARG NODE_IMAGE=node:20-bookworm-slim
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---------------------------------------------------------------------------------------------
# Stage 1: build the single-page app into /build/frontend/dist.
# The GraphQL codegen reads ../schema.graphql, so the schema sits next to the frontend folder.
# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS frontend
WORKDIR /build/frontend
ENV CI=true \
    NPM_CONFIG_AUDIT=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false
# Dependencies first so the layer is cached until the lockfile changes.
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci
COPY schema.graphql /build/schema.graphql
# node_modules and dist are excluded by .dockerignore.
COPY frontend/ ./
RUN npm run build

# ---------------------------------------------------------------------------------------------
# Stage 2: a virtualenv with the hash-pinned runtime dependencies and the medianest package.
# ---------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS python-build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH
RUN python -m venv /opt/venv
WORKDIR /build
# Every dependency must be in the lock with a hash, or pip refuses to install.
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock
COPY pyproject.toml README.md ./
COPY backend/ ./backend/
RUN pip install --no-deps . \
    && pip check

# ---------------------------------------------------------------------------------------------
# Stage 3: the runtime image.
# ---------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime

# ffmpeg: yt-dlp needs it to merge and convert downloads.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ffmpeg \
    && rm -rf /var/lib/apt/lists/*

# An unprivileged user with a fixed uid/gid (10001) so host bind mounts can be chowned to it.
# /data and /media are created owned by it so that named volumes mounted there inherit that.
RUN groupadd --system --gid 10001 medianest \
    && useradd --system --uid 10001 --gid medianest --create-home \
        --home-dir /home/medianest --shell /usr/sbin/nologin medianest \
    && mkdir -p /data /media \
    && chown medianest:medianest /data /media

COPY --from=python-build /opt/venv /opt/venv
COPY --from=frontend /build/frontend/dist /app/static

ENV VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    MEDIANEST_HOST=0.0.0.0 \
    MEDIANEST_PORT=8080 \
    MEDIANEST_DATA_DIR=/data \
    MEDIANEST_STATIC_DIR=/app/static

WORKDIR /app
VOLUME ["/data"]
EXPOSE 8080
USER 10001:10001

# Liveness only (/readyz also needs the database and Redis; compose checks that for the api).
# Containers that serve no HTTP (worker, scheduler, migrate) must disable this healthcheck.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('MEDIANEST_PORT', '8080'), timeout=4)"]

ENTRYPOINT ["medianest"]
CMD ["api"]
