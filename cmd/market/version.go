package main

import "runtime/debug"

// buildVersion is set by the release build: -ldflags "-X main.buildVersion=v1.2.3".
var buildVersion = ""

// version reports the release version, else the module version or VCS
// revision the binary was built from, else "dev".
func version() string {
	if buildVersion != "" {
		return buildVersion
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			return "dev-" + s.Value[:12]
		}
	}
	return "dev"
}
