// This is a generated file. Do not edit directly.
// Run hack/pin-dependency.sh to change pinned dependency versions.
// Run hack/update-vendor.sh to update go.mod files and the vendor directory.

module k8s.example.io/kubernetes

go 1.23.0

toolchain go1.23.6

godebug default=go1.23

godebug (
	winsymlink=0
)

require (
	github.com/Microsoft/go-winio v0.6.2
	github.com/blang/semver/v4 v4.0.0
	github.com/coreos/go-systemd/v22 v22.5.0
	github.com/google/cel-go v0.22.0
	github.com/spf13/cobra v1.8.1
	go.etcd.io/etcd/client/v3 v3.5.16
	golang.org/x/net v0.30.0
	google.golang.org/grpc v1.65.0
	gopkg.in/square/go-jose.v2 v2.6.0
	k8s.example.io/api v0.0.0
	k8s.example.io/apimachinery v0.0.0
	k8s.example.io/client-go v0.0.0
	k8s.example.io/utils v0.0.0-20240711033017-18e509b52bc8
	sigs.k8s.io/yaml v1.4.0
)

require (
	cel.dev/expr v0.18.0 // indirect
	github.com/NYTimes/gziphandler v1.1.1 // indirect
	github.com/beorn7/perks v1.0.1 // indirect
	github.com/davecgh/go-spew v1.1.2-0.20180830191138-d8f796af33cc // indirect
	github.com/docker/go-units v0.5.0 // indirect
	github.com/gogo/protobuf v1.3.2 // indirect
	github.com/golang/groupcache v0.0.0-20210331224755-41bb18bfe9da // indirect
	github.com/pmezard/go-difflib v1.0.1-0.20181226105442-5d4384ee4fb2 // indirect
	golang.org/x/sys v0.26.0 // indirect
	google.golang.org/protobuf v1.35.1 // indirect
	gopkg.in/inf.v0 v0.9.1 // indirect
	k8s.example.io/code-generator v0.0.0 // indirect; used by hack/ scripts
)

replace (
	k8s.example.io/api => ./staging/src/k8s.example.io/api
	k8s.example.io/apimachinery => ./staging/src/k8s.example.io/apimachinery
	k8s.example.io/client-go => ./staging/src/k8s.example.io/client-go
	k8s.example.io/code-generator => ./staging/src/k8s.example.io/code-generator
)

// Local forks while upstream fixes land.
replace (
	k8s.example.io/utils v0.0.0-20240711033017-18e509b52bc8 => ../utils
	github.com/NYTimes/gziphandler => /opt/forks/gziphandler
	"github.com/docker/go-units" => "../forks/go-units"
	github.com/gogo/protobuf v1.3.2 => ../forks/protobuf
)

replace github.com/google/cel-go v0.22.0 => github.com/google/cel-go v0.22.1

replace google.golang.org/grpc => google.golang.org/grpc v1.65.1

exclude github.com/spf13/cobra v1.8.0

// Published with a bad tag.
retract v1.31.0

retract (
	[v1.30.0, v1.30.2] // Published with a broken go.mod.
	v1.29.9 // Accidental.
)

tool k8s.example.io/code-generator/cmd/deepcopy-gen
