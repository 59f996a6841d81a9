// Command yaml11-decoder reads YAML files the way kubectl does and prints what
// it read, so that scripts/conformance can compare it with other YAML readers.
//
// kubectl (through sigs.k8s.io/yaml) unmarshals YAML with gopkg.in/yaml.v2
// into interface{}, which applies YAML 1.1 rules to plain scalars: y, yes and
// on are true, 0755 is octal, 1e3 is a float, ~ is null, and so on. This
// program uses that same call on each file named on the command line and
// prints one JSON object that maps each path to either
//
//	{"document": VALUE}  or  {"error": "message"}
//
// where VALUE keeps the type that yaml.v2 chose, since plain JSON would lose
// it (1000 and 1000.0, or a 64-bit integer and a float, look alike there):
//
//	{"t": "null"}
//	{"t": "bool",  "v": true}
//	{"t": "int",   "v": "-12"}       decimal text, exact for any size
//	{"t": "float", "v": "1000"}      Go's shortest text; "+Inf", "-Inf", "NaN"
//	{"t": "str",   "v": "text"}
//	{"t": "seq",   "v": [VALUE, ...]}
//	{"t": "map",   "v": [[KEY, VALUE], ...]}   keys are VALUEs too, sorted
//	{"t": "other", "v": "Go type and value"}   anything else yaml.v2 returns
//
// Only the first document of a file is read, as yaml.Unmarshal does.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"

	yaml "gopkg.in/yaml.v2"
)

// value is one tagged node of the output.
type value struct {
	T string      `json:"t"`
	V interface{} `json:"v,omitempty"` // omitted only for null: false and "" are kept
}

// result is what one file read to.
type result struct {
	Document *value `json:"document,omitempty"`
	Error    string `json:"error,omitempty"`
}

// tag converts what yaml.v2 returned into tagged values.
func tag(in interface{}) value {
	switch x := in.(type) {
	case nil:
		return value{T: "null"}
	case bool:
		return value{T: "bool", V: x}
	case int:
		return value{T: "int", V: strconv.FormatInt(int64(x), 10)}
	case int64:
		return value{T: "int", V: strconv.FormatInt(x, 10)}
	case uint64:
		return value{T: "int", V: strconv.FormatUint(x, 10)}
	case float64:
		return value{T: "float", V: strconv.FormatFloat(x, 'g', -1, 64)}
	case string:
		return value{T: "str", V: x}
	case []interface{}:
		items := make([]value, len(x))
		for i, item := range x {
			items[i] = tag(item)
		}
		return value{T: "seq", V: items}
	case map[interface{}]interface{}:
		pairs := make([][2]value, 0, len(x))
		for key, item := range x {
			pairs = append(pairs, [2]value{tag(key), tag(item)})
		}
		// Go maps have no order; sort for output that does not change from run to run.
		sort.Slice(pairs, func(i, j int) bool {
			return fmt.Sprint(pairs[i][0]) < fmt.Sprint(pairs[j][0])
		})
		return value{T: "map", V: pairs}
	default:
		return value{T: "other", V: fmt.Sprintf("%T %v", in, in)}
	}
}

func main() {
	results := make(map[string]result, len(os.Args)-1)
	for _, path := range os.Args[1:] {
		data, err := os.ReadFile(path)
		if err != nil {
			results[path] = result{Error: err.Error()}
			continue
		}
		var document interface{}
		if err := yaml.Unmarshal(data, &document); err != nil {
			results[path] = result{Error: err.Error()}
			continue
		}
		tagged := tag(document)
		results[path] = result{Document: &tagged}
	}
	out, err := json.Marshal(results)
	if err != nil {
		fmt.Fprintln(os.Stderr, "yaml11-decoder:", err)
		os.Exit(2)
	}
	os.Stdout.Write(append(out, '\n'))
}
