package loader

import "github.com/actorgraph/actorgraph/ontology"

// Head words give an unknown capitalised name its type: the last word of
// "Israel Defense Forces" makes it an organization, of "Istanbul Peace
// Talks" an event. They are English word classes, not names.
var entOrgHeads = wordSet(`ministry ministries council union party association alliance commission
bank department institute organization organisation federation agency office court forces force army
navy movement front league committee assembly parliament congress senate government authority guard
corps service services police university college school company corporation corp inc ltd llc plc group
fund foundation society network news times post journal bureau board secretariat cabinet administration
club church community coalition brigade brigades command unit tribunal reserve trust
airlines airways press telegraph herald broadcasting television tv radio democrats republicans
conservatives socialists greens passion power institute academy agency mission camp cartel
duma knesset bundestag majlis sejm rada storting riksdag folketing municipality project instituto institut istituto universidad ministerio militia fighters battalion regiment division fleet garrison legion consortium bloc caucus directorate
inspectorate commissariat chamber cabinet presidency treasury pentagon interpol nasa
magazine newspaper gazette tribune chronicle`)

var entEventHeads = wordSet(`summit conference talks negotiations games olympics cup championship
championships election elections war festival forum expo meeting protests protest revolution crisis
attack attacks offensive uprising massacre ceasefire truce negotiation dialogue marathon tournament
operation ceremony inauguration referendum rally congress fair exhibition parade
day`)

var entDocHeads = wordSet(`agreement agreements accord accords treaty memorandum resolution act
declaration convention charter protocol pact constitution doctrine communique statute
framework roadmap ordinance bill law directive`)

var entPlaceHeads = wordSet(`city province region county district island islands mountains mountain
river sea ocean valley strip heights square street avenue airport bay gulf peninsula desert lake park
station hospital embassy village territories territory coast hills oblast governorate prefecture
capital town port base plaza bridge canal road highway border basin plateau delta
channel straits strait cape museum planetarium memorial stadium hotel cave facility factory
hall arena cathedral mosque temple tower building palace centre center square gardens zoo
library theatre theater cemetery monument bridge dam complex plains`)

// entGovHeads end the names of state bodies: a demonym before them ties
// the body to its country ("Chinese Foreign Ministry"), unlike "Canadian
// Press".
var entGovHeads = wordSet(`ministry ministries council army navy forces force guard police
government parliament cabinet commission agency department office court service services
committee assembly senate congress authority bureau command corps presidency directorate
treasury intelligence military`)

// entLowerBodies are lower-case nouns for government bodies that, tied to a
// country ("Lebanon's health ministry", "the Ukrainian army"), name an
// organization.
var entLowerBodies = wordSet(`ministry army military navy government parliament police cabinet
council guard forces intelligence presidency`)

// headType returns the type a head word gives a name, or "".
func headType(lower string) ontology.EntityType {
	switch {
	case entOrgHeads[lower]:
		return ontology.Organization
	case entEventHeads[lower]:
		return ontology.Event
	case entDocHeads[lower]:
		return ontology.Document
	case entPlaceHeads[lower]:
		return ontology.Place
	}
	return ""
}

// locativePreps introduce a location ("in Sumy", "near Khiam").
var locativePreps = wordSet(`in at near outside inside from across throughout around towards toward into`)
