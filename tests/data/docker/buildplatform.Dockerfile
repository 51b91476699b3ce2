# Cross-compilation: the builder runs on the build platform, the binary targets TARGETARCH.
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS
ARG TARGETARCH
WORKDIR /app
COPY go.* ./
RUN go mod download
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH CGO_ENABLED=0 go build -o /out/tool .

FROM build AS test
RUN go test ./...

FROM gcr.io/distroless/static-debian12 AS final
COPY --from=build /out/tool /tool
ENTRYPOINT ["/tool"]
