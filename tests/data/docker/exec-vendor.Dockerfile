FROM golang:1.20-bullseye AS build
ENV GOFLAGS=-mod=mod
ARG GOFLAGS
WORKDIR /app
COPY go.mod go.sum ./
RUN ["go", "mod", "download"]
WORKDIR /app/cmd/api
COPY cmd/api/ ./
RUN ["/bin/sh", "-c", "cd /app && go mod vendor && go build -o /out/api ./cmd/api"]

FROM debian:bookworm-slim
COPY --from=build /out/api /usr/local/bin/api
