module github.com/example/imagecache

go 1.23.0

require (
	github.com/aws/aws-sdk-go-v2 v1.26.1
	github.com/google/uuid v1.6.0
)
