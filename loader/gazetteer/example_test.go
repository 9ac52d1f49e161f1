package gazetteer_test

import (
	"fmt"

	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

func Example() {
	g := gazetteer.Default()
	for _, phrase := range []string{"U.S.", "the Kremlin", "Nigerien", "Deputy Prime Minister"} {
		for _, e := range g.Lookup(phrase) {
			fmt.Printf("%s: %s %q country=%q metonym=%q relation=%q\n",
				phrase, e.Kind, e.Canonical, e.Country, e.Metonym, e.Relation)
		}
	}
	fmt.Println(gazetteer.Key("Zelenskiy") == gazetteer.Key("Zelenskyy"))
	// Output:
	// U.S.: country "United States" country="United States" metonym="" relation=""
	// the Kremlin: seat "Kremlin" country="Russia" metonym="Russia" relation=""
	// Nigerien: demonym "Niger" country="Niger" metonym="" relation=""
	// Deputy Prime Minister: title "deputy prime minister" country="" metonym="" relation="official_of"
	// true
}
