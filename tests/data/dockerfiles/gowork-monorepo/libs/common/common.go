package common

// Name is the platform name.
const Name = "platform"
