module github.com/example/webhook-relay

go 1.23.0

require (
	github.com/gorilla/mux v1.8.1
	golang.org/x/sync v0.7.0
)
