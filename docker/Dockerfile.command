# Command app image. Build from the repository root:
#   docker build -f docker/Dockerfile.command -t plenary-command .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -q -B -pl command -am package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 plenary
USER plenary
COPY --from=build /src/command/target/plenary-command-*-exec.jar /app/plenary-command.jar
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/plenary-command.jar"]
