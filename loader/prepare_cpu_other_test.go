//go:build !unix

package loader

import "time"

// textCPUTime is not measured here; benchmarks then skip the CPU metric.
func textCPUTime() time.Duration { return 0 }
