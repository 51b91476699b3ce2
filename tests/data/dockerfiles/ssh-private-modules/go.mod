module github.com/acme-corp/billing

go 1.22

require (
	github.com/acme-corp/platform-kit v0.14.2
	github.com/acme-corp/proto-go v1.3.0
	google.golang.org/grpc v1.63.2
	google.golang.org/protobuf v1.34.0
)
