module github.com/example/metricsd

go 1.21

require (
	github.com/prometheus/client_golang v1.19.0
	github.com/prometheus/common v0.48.0
)
