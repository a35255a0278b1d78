# Multi-stage build: compile with Maven, run on a JRE as a non-root user.
#
# Runtime layout (WORKDIR /app):
#   /app/app.jar           the connector
#   /app/application.yaml  configuration (every default), read by Spring Boot from the working directory; mount your
#                          overrides at /app/config/application.yaml (read on top) or use environment variables
#   /app/routes/           the YAML routes (schedules, page sizes, models) — mount your own folder over it
#                          (or point CONNECTOR_ROUTES_DIR elsewhere)
#   /app/.data/            the only folder the connector writes to (a generated development encryption key when
#                          CONNECTOR_SECRETS_ENCRYPTION_KEY is unset); owned by the runtime user
# Configuration: environment variables (every key of application.yaml, e.g. SPRING_DATASOURCE_URL,
# CONNECTOR_SECRETS_ENCRYPTION_KEY, CONNECTOR_API_KEY, LOG_FORMAT=json). Probes: GET /actuator/health/liveness and
# /actuator/health/readiness on port 8080. README "Deploying" has the details.
#
# No container engine runs on CI: .ci/container-smoke reads this file's runtime stage (WORKDIR, COPY, RUN mkdir/chown,
# ENV, USER, ENTRYPOINT), lays the same folder out and starts the ENTRYPOINT as that user against PostgreSQL.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN groupadd --system --gid 10001 connector && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home connector \
    && mkdir -p /app/.data && chown 10001:10001 /app/.data
COPY --from=build /src/target/smartrecruiters-ats-connector.jar /app/app.jar
COPY routes/ /app/routes/
COPY application.yaml /app/application.yaml
# numeric, so Kubernetes' runAsNonRoot can verify it
USER 10001:10001
# Production: point at your PostgreSQL and turn the sandbox off. Several replicas may share one database.
# Without SPRING_DATASOURCE_URL the image refuses to start (no embedded database: each replica would get its own).
ENV SANDBOX_ENABLED=false \
    CONNECTOR_EMBEDDED_DB_ENABLED=false
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
