module github.com/example/shortener

go 1.21

require (
	github.com/go-chi/chi/v5 v5.0.12
	github.com/redis/go-redis/v9 v9.5.1
	github.com/cespare/xxhash/v2 v2.2.0 // indirect
	github.com/dgryski/go-rendezvous v0.0.0-20200823014737-9f7001d12a5f // indirect
)
