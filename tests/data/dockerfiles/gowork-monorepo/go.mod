module github.com/example/platform

go 1.22.0

require (
	github.com/example/platform/libs/common v0.0.0
	github.com/labstack/echo/v4 v4.12.0
)
