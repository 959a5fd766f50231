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

# --- Run ---
FROM eclipse-temurin:25-jre
RUN groupadd --system vangnet \
    && useradd --system --gid vangnet --home-dir /app --no-create-home --shell /usr/sbin/nologin vangnet \
    && mkdir -p /app /var/lib/vangnet/evidence /var/lib/vangnet/audit-chain \
    && chown -R vangnet:vangnet /app /var/lib/vangnet
WORKDIR /app
# Owned by root: the application can read its jar but not change it.
COPY --from=build /build/target/vangnet.jar /app/vangnet.jar

# The image is for an external PostgreSQL (SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD). Without a URL
# it refuses to start instead of starting a throw-away embedded database with the demo accounts,
# whose password is public. For a quick demo container, set VANGNET_DATABASE_EMBEDDED_ENABLED=true.
ENV VANGNET_DATABASE_EMBEDDED_ENABLED=false \
    VANGNET_EVIDENCE_DIRECTORY=/var/lib/vangnet/evidence \
    VANGNET_AUDIT_CHAIN_HEAD_DIRECTORY=/var/lib/vangnet/audit-chain

USER vangnet
EXPOSE 8080
# No HEALTHCHECK here: docker-compose.yml probes /actuator/health/readiness itself.
# Extra JVM options can be given through JDK_JAVA_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/vangnet.jar"]
