module github.com/example/registry-gc

go 1.22.2

require (
	github.com/distribution/reference v0.6.0
	github.com/opencontainers/go-digest v1.0.0
)
