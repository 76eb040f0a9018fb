"""What a query worker process may not do: open a network socket, or grow past its memory ceiling.

Why here and not in the query text: SPARQL has escapes, comments and prefixed names enough that no
reading of the text is sure to find every SERVICE (or LOAD), and pyoxigraph 0.5 offers no option to
run a query without its HTTP client. So the worker itself is confined: a seccomp filter makes every
`socket()` call other than AF_UNIX (the pipe to the server) fail, whatever the engine was asked, and
an address-space limit makes an allocation past the ceiling fail, which aborts the worker (Rust and
RocksDB abort on a failed allocation) or raises MemoryError (Python); the pool then answers 503.
"""

from __future__ import annotations

import ctypes
import platform
import resource

__all__ = ["NETWORK_REFUSED", "lift_memory_ceiling", "no_network", "set_memory_ceiling"]

# The errno the filter answers (ENONET, "Machine is not on the network"): no file operation of the
# store ever fails with it, so an engine error carrying it can only be a refused network access.
_ENONET = 64
NETWORK_REFUSED = f"(os error {_ENONET})"

# (audit architecture, number of the socket syscall) of the architectures the filter knows.
_ARCHES = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}
_AF_UNIX = 1
_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2
_LD_W_ABS, _JEQ_K, _RET_K = 0x20, 0x15, 0x06
_RET_ALLOW, _RET_ERRNO = 0x7FFF0000, 0x00050000


class _Filter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte), ("k", ctypes.c_uint32)]


class _Program(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_Filter))]


def no_network() -> None:
    """Refuse, for the rest of this process's life, every socket but AF_UNIX ones (irrevocable).

    Raises OSError when the kernel or the architecture does not allow it: the caller must then not
    run untrusted queries in this process.
    """
    arch = _ARCHES.get(platform.machine())
    if arch is None:
        raise OSError(f"no seccomp filter for the {platform.machine()} architecture")
    audit_arch, nr_socket = arch
    program = [
        _Filter(_LD_W_ABS, 0, 0, 4),  # seccomp_data.arch
        _Filter(_JEQ_K, 0, 5, audit_arch),  # another ABI: allow (our code never calls one)
        _Filter(_LD_W_ABS, 0, 0, 0),  # seccomp_data.nr
        _Filter(_JEQ_K, 0, 3, nr_socket),
        _Filter(_LD_W_ABS, 0, 0, 16),  # args[0], the address family (low word)
        _Filter(_JEQ_K, 1, 0, _AF_UNIX),
        _Filter(_RET_K, 0, 0, _RET_ERRNO | _ENONET),
        _Filter(_RET_K, 0, 0, _RET_ALLOW),
    ]
    filters = (_Filter * len(program))(*program)
    prog = _Program(len(program), filters)
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS) failed")
    if libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_SECCOMP) failed")


def _address_space() -> int:
    """This process's virtual size in bytes (VmSize)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    raise OSError("no VmSize in /proc/self/status")


def set_memory_ceiling(budget: int) -> int:
    """Let this process grow by at most `budget` bytes of address space from now; returns the ceiling.

    The soft limit only: `lift_memory_ceiling` raises it again before the worker opens a new store.
    """
    ceiling = _address_space() + budget
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, resource.getrlimit(resource.RLIMIT_AS)[1]))
    return ceiling


def lift_memory_ceiling() -> None:
    """Back to the hard limit (opening a store maps a few hundred MB that no query should pay for)."""
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
