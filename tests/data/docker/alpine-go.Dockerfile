# Go from the distribution: the image is not an official golang image.
FROM alpine:3.20 AS build
RUN apk add --no-cache go git ca-certificates
RUN adduser -D builder
USER builder
RUN go env -w GOPRIVATE=example.com/private GOFLAGS=-mod=mod
WORKDIR /home/builder/src
COPY --chown=builder go.mod go.sum ./
RUN go mod download
COPY --chown=builder . .
RUN go build -o /home/builder/app .

FROM alpine:3.20
COPY --from=build /home/builder/app /usr/local/bin/app
CMD ["app"]
