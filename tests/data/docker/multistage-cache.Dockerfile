# syntax=docker/dockerfile:1.7
# A typical service image: module download cached, static binary, distroless runtime.
ARG GO_VERSION=1.22
ARG RUNTIME=gcr.io/distroless/static-debian12:nonroot

FROM golang:${GO_VERSION}-alpine AS builder
WORKDIR /src
# Only the module files first, so the download layer is cached.
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go mod download -x
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOFLAGS=-trimpath go build -o /out/app ./cmd/app

FROM ${RUNTIME} AS runtime
COPY --from=builder /out/app /app
USER nonroot:nonroot
ENTRYPOINT ["/app"]
