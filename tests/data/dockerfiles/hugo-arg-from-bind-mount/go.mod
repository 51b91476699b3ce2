module github.com/example/sitegen

go 1.22.0

require (
	github.com/bep/godartsass/v2 v2.1.0
	github.com/spf13/afero v1.11.0
	golang.org/x/text v0.15.0 // indirect
)
