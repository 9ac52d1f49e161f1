package loader

import (
	"strings"

	"github.com/actorgraph/actorgraph/ontology"
)

// verbFrame is what a trigger word means: the predicate, its CAMEO root,
// and the prepositions that may introduce its object ("met with",
// "called on", "arrived in").
type verbFrame struct {
	p       ontology.Predicate
	cameo   string
	preps   string // space-separated; "" = direct object only; "with!" = only through "with"
	noun    bool   // a nominalisation: "attack on", "talks with"
	prepSet map[string]bool
	// light is set for words that only trigger with a following object
	// noun ("impose sanctions", "launch an attack").
	place bool // the object may be a Place
}

// The verb lexicon: predicate, CAMEO root, object prepositions, then the
// base forms (irregular past forms after a slash: "strike/struck,stricken").
var verbTable = []struct {
	p     ontology.Predicate
	cameo string
	preps string
	place bool
	verbs string
}{
	{ontology.Attacked, "19", "on at in across against into", true, `attack strike/struck,stricken hit/hit bomb shell pound target
invade bombard raid shoot/shot fire storm ambush strafe overrun torpedo blockade besiege`},
	{ontology.Attacked, "18", "", true, `kill/killed assassinate murder abduct kidnap execute behead wound/wounded`},
	{ontology.Attacked, "20", "", true, `massacre/massacred`},
	{ontology.MetWith, "04", "with", false, `meet/met talk negotiate phone telephone host consult confer receive contact`},
	{ontology.MetWith, "04", "between with", false, `mediate broker`},
	{ontology.MetWith, "04", "with!", false, `speak/spoke,spoken sit/sat`},
	{ontology.AppealedTo, "02", "on upon!", false, `call`},
	{ontology.Supported, "05", "with!", false, `side`},
	{ontology.Criticized, "11", "at!", false, `lash`},
	// "protested to China over the incursion": an official complaint
	// ("complained to him about" names the listener, not the target)
	{ontology.Criticized, "11", "to!", false, `protest`},
	{ontology.Visited, "04", "in to at into", true, `visit arrive travel/travelled,traveled fly/flew,flown tour land`},
	{ontology.Visited, "04", "to!", true, `flee/fled go/went,gone come/came return journey`},
	{ontology.AppealedTo, "02", "on upon to from for with", false, `urge appeal ask implore plead persuade press petition beseech push request
exhort entreat lobby beg/begged prod nudge`},
	{ontology.CooperatedWith, "03", "with", false, `cooperate collaborate partner ally sign/signed ink`},
	{ontology.CooperatedWith, "03", "with!", false, `work coordinate team agree/agreed`},
	{ontology.Supported, "05", "to for", false, `support back praise thank aid help assist defend endorse
welcome fund arm supply commend congratulate applaud hail reassure recognise recognize
reinstate restore laud salute train equip`},
	{ontology.Demanded, "10", "of from", false, `demand insist order require`},
	{ontology.Criticized, "11", "of for", false, `accuse criticize criticise condemn blame denounce slam decry rebuke
censure chastise lambast castigate reprimand scold deplore fault berate
assail excoriate vilify reproach disparage lambaste chide upbraid pillory rap`},
	{ontology.Rejected, "12", "", false, `reject refuse dismiss deny oppose veto rebuff spurn repudiate refute disown`},
	{ontology.Threatened, "13", "with", false, `threaten warn menace intimidate`},
	{ontology.Sanctioned, "16", "on against to from", false, `sanction expel ban blacklist embargo arrest/arrested detain indict suspend boycott penalize penalise
deport bar designate freeze/froze,frozen proscribe outlaw`},
	{ontology.InConflictWith, "19", "with against", false, `fight/fought clash battle`},
	{ontology.LeaderOf, "", "", false, `lead/led head chair command run/ran`},
	{ontology.MemberOf, "", "", false, `join admit/admitted accept welcome`},
}

// nounTable lists nominalisations with the prepositions that introduce
// their object and, for talks, their two sides ("talks between X and Y").
var nounTable = []struct {
	p     ontology.Predicate
	cameo string
	preps string
	nouns string
}{
	{ontology.Attacked, "19", "on against at", `attack attacks counter-attack counterattack strike strikes airstrike airstrikes
air-strike offensive raid raids assault assaults barrage incursion incursions blow
bombardment`},
	{ontology.Attacked, "19", "of on against", `invasion bombing bombings shelling occupation annexation siege blockade`},
	{ontology.Attacked, "18", "of", `killing killings assassination assassinations murder murders`},
	{ontology.MetWith, "04", "with between", `talks meeting meetings negotiations summit call calls session
phone-call consultations`},
	// "during a visit by Mark Carney": the host meets the visitor
	{ontology.MetWith, "04", "by with", `visit visits`},
	{ontology.Sanctioned, "16", "on against", `sanctions tariffs tariff levies duties embargo embargoes ban bans restrictions
freeze`},
	{ontology.Sanctioned, "16", "of", `expulsion expulsions`},
	{ontology.AppealedTo, "02", "to", `appeal appeals plea pleas`},
	// "provided weapons to Ukraine": military and financial aid
	{ontology.Supported, "07", "to", `weapons arms ammunition munitions tanks loans`},
	{ontology.InConflictWith, "19", "with between", `war conflict fighting hostilities clashes`},
	{ontology.CooperatedWith, "03", "with between", `agreement agreements deal deals accord accords pact pacts cooperation partnership
partnerships treaty alliance`},
	{ontology.Supported, "05", "to for with", `support aid assistance backing solidarity condolences sympathy
recognition endorsement`},
	{ontology.Criticized, "11", "of against", `condemnation criticism accusations accusation
condemnations`},
	{ontology.Criticized, "11", "against", `complaint complaints`},
	{ontology.Rejected, "12", "of", `rejection refusal`},
	{ontology.Threatened, "13", "to against", `threat threats warning warnings ultimatum`},
	{ontology.Demanded, "10", "on to with from of", `demand demands terms conditions`},
}

// trigger is a word that may express an interaction.
type trigger struct {
	frame verbFrame
	past  bool // a past form (may head a passive)
}

// triggers indexes every inflected form of the lexicon.
var verbTriggers, nounTriggers = buildTriggers()

func buildTriggers() (map[string]trigger, map[string]verbFrame) {
	vt := map[string]trigger{}
	for _, row := range verbTable {
		fr := verbFrame{p: row.p, cameo: row.cameo, preps: row.preps, place: row.place, prepSet: prepSet(row.preps)}
		for _, v := range strings.Fields(row.verbs) {
			base, irr, _ := strings.Cut(v, "/")
			for _, f := range inflect(base) {
				if _, dup := vt[f]; !dup {
					vt[f] = trigger{frame: fr, past: strings.HasSuffix(f, "ed")}
				}
			}
			for _, f := range strings.Split(irr, ",") {
				if f != "" {
					vt[f] = trigger{frame: fr, past: true}
				}
			}
		}
	}
	nt := map[string]verbFrame{}
	for _, row := range nounTable {
		for _, n := range strings.Fields(row.nouns) {
			nt[n] = verbFrame{p: row.p, cameo: row.cameo, preps: row.preps, noun: true, place: row.p == ontology.Attacked, prepSet: prepSet(row.preps)}
		}
	}
	return vt, nt
}

// inflect returns a regular verb's base, -s, -ed and -ing forms.
func inflect(base string) []string {
	out := []string{base}
	n := len(base)
	last := base[n-1]
	switch {
	case strings.HasSuffix(base, "e"):
		out = append(out, base+"s", base+"d", base[:n-1]+"ing")
	case last == 'y' && !strings.ContainsRune("aeiou", rune(base[n-2])):
		out = append(out, base[:n-1]+"ies", base[:n-1]+"ied", base+"ing")
	case strings.HasSuffix(base, "sh") || strings.HasSuffix(base, "ch") || last == 's' || last == 'x' || last == 'z':
		out = append(out, base+"es", base+"ed", base+"ing")
	case doubles(base):
		out = append(out, base+"s", base+string(last)+"ed", base+string(last)+"ing")
	default:
		out = append(out, base+"s", base+"ed", base+"ing")
	}
	return out
}

// doubles reports whether a short consonant-vowel-consonant verb doubles
// its last letter (ban -> banned, target does not: stress is not final).
func doubles(base string) bool {
	switch base {
	case "ban", "shell", "ally", "rebut", "hit", "plan", "stop", "bar", "slam", "expel", "equip", "prod", "rap":
		return true
	}
	return false
}

// Auxiliaries and negators around a verb.
var (
	beForms  = wordSet(`is are was were be been being am 's 're`)
	negators = wordSet(`not n't never no neither nor without`)
	// light verbs take a nominal trigger as object and lend it their
	// subject ("imposed sanctions on", "launched an attack on").
	lightVerbs = wordSet(`impose imposed imposes imposing launch launched launches launching carry
carried carries carrying conduct conducted conducts conducting hold held holds holding level
levelled leveled levels slap slapped slaps announce announced announces mount mounted mounts stage
staged stages make made makes making issue issued issues issuing give gave given gives giving
wage waged wages waging start started starts begin began begun unleash unleashed drive drove driven
drives provide provided provides providing send sent sends offer offered offers extend extended
voice voiced voices express expressed expresses answered answer answers responded respond
responds retaliated retaliate piled pile`)
)

// isVerbLike reports whether a word is probably a verb: by its tag when
// tagged, else by the lexicon and common verb endings.
func isVerbLike(w word) bool {
	if w.tag != "" {
		return strings.HasPrefix(w.tag, "VB") || w.tag == "MD"
	}
	if _, ok := verbTriggers[w.lower]; ok {
		return true
	}
	switch w.lower {
	case "said", "says", "say", "told", "declared", "announced", "added", "claimed", "stated",
		"will", "would", "could", "can", "may", "must", "should", "did", "does", "had", "has", "have":
		return true
	}
	return !w.cap && (strings.HasSuffix(w.lower, "ed") || strings.HasSuffix(w.lower, "ied"))
}
