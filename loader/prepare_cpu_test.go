//go:build unix

package loader

import (
	"syscall"
	"time"
)

// textCPUTime is the process's user+system CPU time, so benchmarks can
// report throughput per CPU second, which a busy machine does not skew.
func textCPUTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
