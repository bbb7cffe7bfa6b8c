package inspect

import "strings"

// Import classification. The safe list mirrors what
// torch.load(weights_only=True) accepts for plain state dicts.
var (
	dangerousModules = []string{
		"os", "posix", "nt", "posixpath", "ntpath", "subprocess", "sys", "socket", "shutil", "runpy",
		"webbrowser", "pty", "commands", "ctypes", "importlib", "imp", "zipimport", "pickle", "_pickle",
		"cPickle", "dill", "marshal", "code", "codeop", "pdb", "bdb", "multiprocessing", "asyncio",
		"threading", "_thread", "signal", "http", "httplib", "urllib", "urllib2", "urllib3", "requests",
		"aiohttp", "ftplib", "smtplib", "telnetlib", "platform", "pip", "setuptools", "distutils",
		"io.open", "io.FileIO", "io.open_code", "_io.open", "_io.FileIO", "_io.open_code", "tempfile", "glob", "pathlib", "fileinput", "torch.hub", "torch.storage._load_from_bytes",
		"numpy.testing", "_posixsubprocess",
	}
	dangerousBuiltins = map[string]bool{
		"eval": true, "exec": true, "execfile": true, "compile": true, "getattr": true, "setattr": true,
		"delattr": true, "__import__": true, "open": true, "input": true, "breakpoint": true,
		"globals": true, "locals": true, "vars": true, "apply": true, "file": true, "reload": true,
	}
	safeBuiltins = map[string]bool{
		"set": true, "frozenset": true, "slice": true, "range": true, "complex": true, "bytearray": true,
		"bytes": true, "dict": true, "list": true, "tuple": true, "int": true, "float": true, "bool": true,
		"str": true, "unicode": true, "long": true,
	}
	safeImports = map[string]bool{
		"collections.OrderedDict": true, "collections.defaultdict": true, "_codecs.encode": true,
		"torch.Size": true, "torch.device": true, "torch.storage.UntypedStorage": true,
		"torch._utils._rebuild_tensor": true, "torch._utils._rebuild_tensor_v2": true,
		"torch._utils._rebuild_tensor_v3": true, "torch._utils._rebuild_parameter": true,
		"torch._utils._rebuild_parameter_with_state": true, "torch._utils._rebuild_qtensor": true,
		"torch._utils._rebuild_sparse_tensor": true, "torch._utils._rebuild_meta_tensor_no_storage": true,
		"torch._utils._rebuild_wrapper_subclass": true, "torch._utils._rebuild_device_tensor_from_numpy": true,
		"torch._tensor._rebuild_from_type_v2": true, "torch.nn.parameter.Parameter": true,
		"numpy.core.multiarray._reconstruct": true, "numpy._core.multiarray._reconstruct": true,
		"numpy.ndarray": true, "numpy.dtype": true, "numpy.core.multiarray.scalar": true,
		"numpy._core.multiarray.scalar": true,
	}
)

// classifyImport says whether loading module.name is known safe, known
// dangerous (code execution, process, file or network access), or unknown.
func classifyImport(module, name string) string {
	full := module + "." + name
	if module == "builtins" || module == "__builtin__" || module == "__builtins__" {
		switch {
		case safeBuiltins[name]:
			return "safe"
		case dangerousBuiltins[name]:
			return "dangerous"
		}
		return "unknown"
	}
	for _, m := range dangerousModules {
		if module == m || strings.HasPrefix(module, m+".") || full == m {
			return "dangerous"
		}
	}
	if (module == "operator" || module == "_operator") && (name == "attrgetter" || name == "methodcaller") {
		return "dangerous" // reach any attribute, e.g. of an imported module
	}
	if safeImports[full] {
		return "safe"
	}
	if module == "torch" && (strings.HasSuffix(name, "Storage") || isTorchDtype(name)) {
		return "safe"
	}
	return "unknown"
}

func isTorchDtype(name string) bool {
	switch name {
	case "float16", "float32", "float64", "bfloat16", "half", "float", "double", "int8", "int16",
		"int32", "int64", "uint8", "bool", "complex64", "complex128", "float8_e4m3fn", "float8_e5m2":
		return true
	}
	return false
}
