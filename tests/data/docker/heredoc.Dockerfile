# syntax=docker/dockerfile:1.4
FROM golang:1.23 AS tools
WORKDIR /src
COPY tools/go.mod tools/go.sum ./tools/
RUN <<EOF
set -eux
go env -w GOPROXY=https://goproxy.corp.example,direct
cd /src/tools && go mod download
EOF
COPY <<EOF /etc/motd
built with $GOLANG_VERSION
EOF
RUN bash -euo pipefail <<'SCRIPT'
cd tools
go install golang.org/x/tools/cmd/stringer@latest
SCRIPT
RUN go list -m all > /tmp/modules.txt

FROM alpine:3.20
COPY --from=tools /go/bin/stringer /usr/local/bin/stringer
