module github.com/example/platform/libs/common

go 1.22.0

require (
	golang.org/x/exp v0.0.0-20240506185415-9bf2ced13842
)
