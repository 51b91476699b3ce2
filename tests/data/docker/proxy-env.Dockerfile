# A base stage sets the corporate proxy; a child stage inherits it, an unrelated stage does not.
FROM golang:1.21 AS base
ENV GOPROXY=https://proxy.corp.example,direct \
    GONOSUMDB=git.corp.example.com
ENV GOTOOLCHAIN=auto

FROM base AS deps
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download

FROM golang:1.21 AS unrelated
ARG HTTPS_PROXY
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download

FROM deps AS final
COPY . .
RUN go build ./...
