module gitlab.example.com/payments/gateway

go 1.22

require (
	gitlab.example.com/payments/iso8583 v0.9.1
	github.com/jackc/pgx/v5 v5.5.5
	github.com/rs/zerolog v1.32.0
)
