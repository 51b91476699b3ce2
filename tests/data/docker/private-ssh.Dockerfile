# syntax=docker/dockerfile:1
# Private modules over SSH: GOPRIVATE from a build arg, ssh agent forwarded, locked module cache.
FROM golang:1.24.3-bookworm AS build
ARG GOPRIVATE=git.corp.example.com/*
ENV GOPRIVATE=${GOPRIVATE} \
    GOFLAGS=-mod=mod
RUN git config --global url."ssh://git@git.corp.example.com/".insteadOf "https://git.corp.example.com/" \
 && mkdir -p -m 0700 ~/.ssh && ssh-keyscan git.corp.example.com >> ~/.ssh/known_hosts
WORKDIR /workspace
COPY go.mod go.sum ./
RUN --mount=type=ssh \
    --mount=type=cache,id=gomod,target=/go/pkg/mod,sharing=locked \
    go mod download
COPY . .
RUN --mount=type=cache,id=gomod,target=/go/pkg/mod,sharing=locked \
    --mount=type=secret,id=netrc,target=/root/.netrc \
    go build -o /bin/server ./cmd/server

FROM scratch
COPY --from=build /bin/server /server
ENTRYPOINT ["/server"]
