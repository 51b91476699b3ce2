module github.com/example/agent

go 1.20

require (
	github.com/pkg/errors v0.9.1
	github.com/sirupsen/logrus v1.9.3
	golang.org/x/sys v0.18.0 // indirect
)
