# CoCreate in a container. Not built by CI (no Docker engine runs on the build machines).
#   docker build -t cocreate .
#   docker run -p 8080:8080 -v cocreate-data:/data -e COCREATE_ADMIN_PASSWORD=... -e COCREATE_SUBDISTRICT=东城街道 cocreate
# PostgreSQL instead of H2: add -e SPRING_PROFILES_ACTIVE=prod,postgres -e COCREATE_DB_URL=jdbc:postgresql://db:5432/cocreate
#   -e COCREATE_DB_USER=cocreate -e COCREATE_DB_PASSWORD=...

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY frontend frontend
COPY src src
RUN ./mvnw -B -ntp -DskipTests package && cp target/cocreate-*.jar /cocreate.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home-dir /data cocreate && mkdir -p /data && chown cocreate /data
COPY --from=build /cocreate.jar /app/cocreate.jar
USER cocreate
WORKDIR /data
VOLUME /data
ENV SPRING_PROFILES_ACTIVE=prod \
    SPRING_DATASOURCE_URL="jdbc:h2:file:/data/cocreate;WRITE_DELAY=0" \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/cocreate.jar"]
