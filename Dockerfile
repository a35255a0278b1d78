# Multi-stage build: compile with Maven, run on a JRE. The image holds the jar, the operator-editable routes/ and
# application.yaml next to it (Spring Boot reads ./application.yaml; routes load from ./routes).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 connector && mkdir -p /app/.data && chown connector /app/.data
COPY --from=build /src/target/smartrecruiters-ats-connector.jar /app/app.jar
COPY routes/ /app/routes/
COPY application.yaml /app/application.yaml
USER connector
# Production: point at your PostgreSQL and turn the sandbox off. Several replicas may share one database.
ENV SANDBOX_ENABLED=false \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Liveness/readiness: GET /actuator/health
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
