# syntax=docker/dockerfile:1

# Vangnet as a container: the production jar on a Java runtime, run by an unprivileged user.
# docker-compose.yml builds this image and runs it next to PostgreSQL; see the README.

# --- Build: the same `./mvnw package` as on a developer's machine (tests run in CI, not here) ---
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY db db
COPY frontend frontend
COPY src src
# The caches keep Maven's and Vaadin's downloads between image builds (needs BuildKit, the default builder).
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.vaadin \
    ./mvnw -B --no-transfer-progress -DskipTests package

# --- The JVM's AOT cache (decision 053), trained here once on the run image's own JVM ---
# ops/start.sh --prepare extracts the jar and runs the training run: the application started against a
# throw-away embedded database (no demo data), asked for /login, stopped; the JVM writes the cache. As
# an unprivileged user: PostgreSQL refuses to run as root.
FROM eclipse-temurin:25-jre AS train
RUN useradd --system --create-home trainer && install -d -o trainer /app/vangnet-app
COPY --from=build /build/target/vangnet.jar /app/vangnet.jar
COPY ops/start.sh /app/start.sh
USER trainer
ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75"
RUN VANGNET_APP_DIR=/app/vangnet-app VANGNET_DATABASE_EMBEDDED_ENABLED=true VANGNET_DEMO_DATA_ENABLED=false \
        bash /app/start.sh --prepare /app/vangnet.jar \
            --vangnet.database.embedded.data-directory=/tmp/training/postgres \
            --vangnet.crypto.key-directory=/tmp/training/keys \
            --vangnet.evidence.directory=/tmp/training/evidence \
            --vangnet.audit.chain-head-directory= \
    && rm -rf /tmp/training /app/vangnet-app/.lock

# --- Run ---
FROM eclipse-temurin:25-jre
RUN groupadd --system vangnet \
    && useradd --system --gid vangnet --home-dir /app --no-create-home --shell /usr/sbin/nologin vangnet \
    && mkdir -p /app /var/lib/vangnet/evidence /var/lib/vangnet/audit-chain \
    && chown -R vangnet:vangnet /app /var/lib/vangnet
WORKDIR /app
# Owned by root: the application can read its jar, the extracted copy and the cache, but not change them.
COPY --from=build /build/target/vangnet.jar /app/vangnet.jar
COPY --chmod=755 ops/start.sh /app/start.sh
COPY --from=train /app/vangnet-app /app/vangnet-app

# The image is for an external PostgreSQL (SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD). Without a URL
# it refuses to start instead of starting a throw-away embedded database with the demo accounts,
# whose password is public. For a quick demo container, set VANGNET_DATABASE_EMBEDDED_ENABLED=true.
ENV VANGNET_DATABASE_EMBEDDED_ENABLED=false \
    VANGNET_EVIDENCE_DIRECTORY=/var/lib/vangnet/evidence \
    VANGNET_AUDIT_CHAIN_HEAD_DIRECTORY=/var/lib/vangnet/audit-chain

USER vangnet
EXPOSE 8080
# No HEALTHCHECK here: docker-compose.yml probes /actuator/health/readiness itself.
# The JVM options the cache was trained with. Others can be given through JDK_JAVA_OPTIONS; the cache is
# then not used (the start says so and takes about twice as long), until an image is built with them here
# and in the train stage.
ENV JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75"
# ops/start.sh finds the cache made for this jar and JVM and replaces itself with the JVM (exec), which
# thus receives docker's SIGTERM itself.
ENTRYPOINT ["/app/start.sh", "/app/vangnet.jar"]
