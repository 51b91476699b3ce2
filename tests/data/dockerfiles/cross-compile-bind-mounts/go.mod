module github.com/example/inventory

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	gorm.io/gorm v1.25.10
)
