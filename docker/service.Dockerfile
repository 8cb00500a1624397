# Builds one module of the suite from the repository root (the build context) and runs it on a JRE:
# every service and the gateway are built and run alike, so they share this file. The build makes
# the class-data archive of the start-up (app-cds.jsa) with the same Temurin 17 the image runs.
#   docker build -f docker/service.Dockerfile --build-arg MODULE=assets-service --build-arg PORT=8084 .
FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN test -n "$MODULE" && ./mvnw -B -q -pl "$MODULE" -am package -DskipTests

FROM eclipse-temurin:17-jre
ARG MODULE
ARG PORT
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/${MODULE}/target/quarkus-app/ /app/
RUN useradd --system --uid 1001 app
USER 1001
ENV QUARKUS_HTTP_PORT=${PORT} \
    JAVA_OPTS="-XX:+UseSerialGC -XX:MaxRAMPercentage=75 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+ExitOnOutOfMemoryError -XX:SharedArchiveFile=/app/app-cds.jsa -Dvertx.disableURIValidation=true"
EXPOSE ${PORT}
HEALTHCHECK --interval=5s --timeout=3s --retries=20 CMD curl -fsS "http://localhost:${QUARKUS_HTTP_PORT}/q/health/ready" || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
