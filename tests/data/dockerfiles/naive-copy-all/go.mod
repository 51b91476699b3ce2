module github.com/example/todo-api

go 1.22

require (
	github.com/gin-gonic/gin v1.9.1
	github.com/mattn/go-sqlite3 v1.14.22
)
