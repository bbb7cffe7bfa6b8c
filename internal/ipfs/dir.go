package ipfs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"mime/multipart"
	"net/url"
	"slices"
	"strings"
	"sync"

	"github.com/ipfs/boxo/ipld/merkledag"
	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	ipfspinner "github.com/ipfs/boxo/pinning/pinner"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"

	"modelmarket/internal/apperr"
)

// The directory parameters of Kubo's unixfs-v1-2025 profile
// (Import.UnixFSDirectoryMaxLinks 0, UnixFSHAMTDirectoryMaxFanout 256,
// UnixFSHAMTDirectorySizeThreshold 256KiB, UnixFSHAMTDirectorySizeEstimation
// "block"): a directory whose dag-pb block would exceed 256 KiB becomes a
// HAMT with fanout 256. Kubo sets the threshold and estimation mode from its
// config only (no add flag), so parity needs a Kubo with the profile applied.
const (
	hamtThreshold = 256 << 10
	hamtFanout    = 256
)

// Both implementations build directories (not in Content: the upload
// service asks for it through its own port).
var (
	_ interface {
		AddDir(context.Context, []DirFile) (cid.Cid, error)
	} = (*Node)(nil)
	_ interface {
		AddDir(context.Context, []DirFile) (cid.Cid, error)
	} = (*Kubo)(nil)
)

// DirFile is one file of a directory built by AddDir: its path inside the
// directory (slash-separated, relative, e.g. "tokenizer/vocab.json") and
// the root of the UnixFS file, already stored.
type DirFile struct {
	Path string
	CID  cid.Cid
}

// AddDir builds the UnixFS directory tree holding files under their paths
// (nested directories made as needed) from the files' root blocks alone,
// never reading their bytes, stores the directory blocks and pins the root
// recursively. The layout is Kubo's unixfs-v1-2025 profile, so the root CID
// is what `ipfs add -r` gives for the same files in the same tree.
//
// Errors: apperr.Invalid for a bad path set (empty, "..", duplicates, a
// file where a directory is needed); apperr.NotFound when a file's root is
// not stored here; else the store's error. A failed AddDir pins nothing.
func (n *Node) AddDir(ctx context.Context, files []DirFile) (cid.Cid, error) {
	root, nodes, err := buildDir(ctx, files, func(ctx context.Context, c cid.Cid) (ipld.Node, error) {
		nd, err := n.dag.Get(ctx, c)
		return nd, notFound(err)
	})
	if err != nil {
		return cid.Undef, fmt.Errorf("ipfs.AddDir: %w", err)
	}
	if err := n.dag.AddMany(ctx, nodes); err != nil {
		return cid.Undef, fmt.Errorf("ipfs.AddDir: write directory blocks: %w", err)
	}
	// Every file root was read above and every directory block was just
	// written, so pin without the walk Pin does (it would read every
	// block of every file again), as Add does.
	if err := n.pins.PinWithMode(ctx, root, ipfspinner.Recursive, ""); err != nil {
		return cid.Undef, fmt.Errorf("ipfs.AddDir: pin %s: %w", root, err)
	}
	if err := n.pins.Flush(ctx); err != nil {
		return cid.Undef, fmt.Errorf("ipfs.AddDir: pin %s: %w", root, err)
	}
	return root, nil
}

// AddDir is Node.AddDir on Kubo: the directory blocks are built here with
// the same code, sent with /api/v0/block/put (each checked against its CID),
// and the root pinned with /api/v0/pin/add (Kubo walks the DAG, offline, so
// every file block must be there).
//
// Errors: as Node.AddDir, and apperr.Unavailable when Kubo does not answer.
// A failed AddDir pins nothing; directory blocks already sent stay unpinned.
func (k *Kubo) AddDir(ctx context.Context, files []DirFile) (cid.Cid, error) {
	kb := kuboBlocks{k}
	root, nodes, err := buildDir(ctx, files, func(ctx context.Context, c cid.Cid) (ipld.Node, error) {
		b, err := kb.Get(ctx, c)
		if ipld.IsNotFound(err) {
			return nil, apperr.Wrap(apperr.NotFound, "This content is not stored on this node.", err)
		}
		if err != nil {
			return nil, err
		}
		if c.Type() == cid.Raw {
			return merkledag.DecodeRawBlock(b)
		}
		return merkledag.DecodeProtobufBlock(b)
	})
	if err != nil {
		return cid.Undef, fmt.Errorf("ipfs.AddDir: %w", err)
	}
	for _, nd := range nodes {
		if err := k.putBlock(ctx, nd); err != nil {
			return cid.Undef, fmt.Errorf("ipfs.AddDir: %w", err)
		}
	}
	if err := k.Pin(ctx, root); err != nil {
		return cid.Undef, fmt.Errorf("ipfs.AddDir: %w", err)
	}
	return root, nil
}

// putBlock stores one dag-pb block in Kubo and checks the CID it answers.
func (k *Kubo) putBlock(ctx context.Context, nd ipld.Node) error {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	part, err := mw.CreateFormFile("data", "block")
	if err == nil {
		_, err = part.Write(nd.RawData())
	}
	if err == nil {
		err = mw.Close()
	}
	if err != nil {
		return fmt.Errorf("block/put %s: %w", nd.Cid(), err)
	}
	args := url.Values{"cid-codec": {"dag-pb"}, "mhtype": {"sha2-256"}, "pin": {"false"}}
	resp, err := k.post(ctx, "block/put", args, &body, mw.FormDataContentType())
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out struct{ Key string }
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return k.unavailable(fmt.Errorf("/api/v0/block/put: read answer: %w", err))
	}
	if out.Key != nd.Cid().String() {
		return fmt.Errorf("kubo %s: /api/v0/block/put stored %s as %q", k.base, nd.Cid(), out.Key)
	}
	return nil
}

// dirTree is a directory being assembled: files by name, subdirectories by
// name.
type dirTree struct {
	files map[string]cid.Cid
	dirs  map[string]*dirTree
}

func newDirTree() *dirTree {
	return &dirTree{files: map[string]cid.Cid{}, dirs: map[string]*dirTree{}}
}

// buildDir turns files into directory nodes, bottom up. get reads a file's
// root node (one block). It returns the root CID and every directory node
// (HAMT shards included), children before parents, to store; it stores
// nothing itself.
func buildDir(ctx context.Context, files []DirFile, get func(context.Context, cid.Cid) (ipld.Node, error)) (cid.Cid, []ipld.Node, error) {
	if len(files) == 0 {
		return cid.Undef, nil, apperr.E(apperr.Invalid, "A folder needs at least one file.")
	}
	top := newDirTree()
	for _, f := range files {
		if err := top.insert(f.Path, f.CID); err != nil {
			return cid.Undef, nil, err
		}
	}
	out := &collectDAG{nodes: map[cid.Cid]ipld.Node{}}
	cache := map[cid.Cid]ipld.Node{} // the same bytes may sit under many names
	root, err := top.build(ctx, out, func(ctx context.Context, c cid.Cid) (ipld.Node, error) {
		if nd, ok := cache[c]; ok {
			return nd, nil
		}
		nd, err := get(ctx, c)
		if err != nil {
			return nil, fmt.Errorf("file %s: %w", c, err)
		}
		cache[c] = nd
		return nd, nil
	})
	if err != nil {
		return cid.Undef, nil, err
	}
	// The HAMT code writes the file nodes it links to as well: they are
	// stored already, so only the directory nodes are returned.
	var dirs []ipld.Node
	for _, nd := range out.list() {
		if _, isFile := cache[nd.Cid()]; !isFile {
			dirs = append(dirs, nd)
		}
	}
	return root.Cid(), dirs, nil
}

// insert places c at path p, making the directories on the way.
func (t *dirTree) insert(p string, c cid.Cid) error {
	if !c.Defined() {
		return apperr.E(apperr.Invalid, fmt.Sprintf("The file %q has no CID.", p))
	}
	segs := strings.Split(p, "/")
	for _, s := range segs {
		if s == "" || s == "." || s == ".." {
			return apperr.E(apperr.Invalid, fmt.Sprintf("The path %q is not a clean relative path.", p))
		}
	}
	d := t
	for _, s := range segs[:len(segs)-1] {
		if _, ok := d.files[s]; ok {
			return apperr.E(apperr.Invalid, fmt.Sprintf("The path %q goes through a file.", p))
		}
		sub, ok := d.dirs[s]
		if !ok {
			sub = newDirTree()
			d.dirs[s] = sub
		}
		d = sub
	}
	name := segs[len(segs)-1]
	if _, ok := d.files[name]; ok {
		return apperr.E(apperr.Invalid, fmt.Sprintf("The path %q is there twice.", p))
	}
	if _, ok := d.dirs[name]; ok {
		return apperr.E(apperr.Invalid, fmt.Sprintf("The path %q is both a file and a folder.", p))
	}
	d.files[name] = c
	return nil
}

// build makes t's directory node (children first) with the profile's
// parameters, adding it and its HAMT shards to dag.
func (t *dirTree) build(ctx context.Context, dag ipld.DAGService, get func(context.Context, cid.Cid) (ipld.Node, error)) (ipld.Node, error) {
	dir, err := uio.NewDirectory(dag,
		uio.WithCidBuilder(cidBuilder),
		uio.WithMaxLinks(0),
		uio.WithMaxHAMTFanout(hamtFanout),
		uio.WithSizeEstimationMode(uio.SizeEstimationBlock),
	)
	if err != nil {
		return nil, err
	}
	// Per directory rather than boxo's global, which other code may set.
	dir.SetHAMTShardingSize(hamtThreshold)
	// Sorted for a reproducible build; the result does not depend on the
	// order (links are sorted when encoded, HAMTs are canonical).
	for _, name := range slices.Sorted(maps.Keys(t.dirs)) {
		nd, err := t.dirs[name].build(ctx, dag, get)
		if err != nil {
			return nil, err
		}
		if err := dir.AddChild(ctx, name, nd); err != nil {
			return nil, fmt.Errorf("link %q: %w", name, err)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(t.files)) {
		nd, err := get(ctx, t.files[name])
		if err != nil {
			return nil, err
		}
		if err := dir.AddChild(ctx, name, nd); err != nil {
			return nil, fmt.Errorf("link %q: %w", name, err)
		}
	}
	nd, err := dir.GetNode()
	if err != nil {
		return nil, err
	}
	if err := dag.Add(ctx, nd); err != nil {
		return nil, err
	}
	return nd, nil
}

// collectDAG is an in-memory DAGService that keeps what the directory code
// writes (directory nodes, HAMT shards), to be stored afterwards.
type collectDAG struct {
	mu    sync.Mutex
	nodes map[cid.Cid]ipld.Node
	order []cid.Cid
}

var _ ipld.DAGService = (*collectDAG)(nil)

func (d *collectDAG) Get(_ context.Context, c cid.Cid) (ipld.Node, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if nd, ok := d.nodes[c]; ok {
		return nd, nil
	}
	return nil, ipld.ErrNotFound{Cid: c}
}

func (d *collectDAG) GetMany(ctx context.Context, cs []cid.Cid) <-chan *ipld.NodeOption {
	out := make(chan *ipld.NodeOption, len(cs))
	for _, c := range cs {
		nd, err := d.Get(ctx, c)
		out <- &ipld.NodeOption{Node: nd, Err: err}
	}
	close(out)
	return out
}

func (d *collectDAG) Add(_ context.Context, nd ipld.Node) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.nodes[nd.Cid()]; !ok {
		d.nodes[nd.Cid()] = nd
		d.order = append(d.order, nd.Cid())
	}
	return nil
}

func (d *collectDAG) AddMany(ctx context.Context, nds []ipld.Node) error {
	for _, nd := range nds {
		if err := d.Add(ctx, nd); err != nil {
			return err
		}
	}
	return nil
}

func (d *collectDAG) Remove(context.Context, cid.Cid) error {
	return errors.New("ipfs: collectDAG: remove is not supported")
}

func (d *collectDAG) RemoveMany(context.Context, []cid.Cid) error {
	return errors.New("ipfs: collectDAG: remove is not supported")
}

// list returns the nodes in the order they were written (children first).
func (d *collectDAG) list() []ipld.Node {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]ipld.Node, 0, len(d.order))
	for _, c := range d.order {
		out = append(out, d.nodes[c])
	}
	return out
}
