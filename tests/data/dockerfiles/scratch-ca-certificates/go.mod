module github.com/example/notifier

go 1.21

require (
	github.com/nats-io/nats.go v1.34.1
	github.com/kelseyhightower/envconfig v1.4.0
)
