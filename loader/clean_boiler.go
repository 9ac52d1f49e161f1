package loader

// Boilerplate lines: patterns of page furniture common to news sites,
// written generally (no site's markup in particular).

import (
	"regexp"
	"strings"
)

// cleanFurniture are whole lines that are never article text (compared
// lower-cased, final punctuation and arrows trimmed).
var cleanFurniture = cleanLineSet(`advertisement
advertising
sponsored
sponsored content
share
share this
share this article
share this story
share on facebook
share on twitter
share via
tweet
email
print
comments
read more
read full article
continue reading
story continues below
story continues below advertisement
related
related articles
related stories
related news
related content
recommended
recommended stories
trending
trending now
most read
most popular
skip to content
skip to main content
listen to this article
copy link
link copied
subscribe
subscribe now
sign up
log in
loading
click here
you may also like
you might also like
more stories
more from
top stories
latest news
breaking news
watch
watch video
watch live
image
photo
video`)

// cleanLeads start lines that link elsewhere when followed by a
// separator ("ALSO READ | ...", "Read more: ...").
var cleanLeads = []string{"also read", "read also", "read more", "see also", "also see", "also watch",
	"related", "recommended", "must read", "don't miss", "do not miss", "watch", "listen", "trending",
	"click here", "subscribe", "sign up", "more", "read", "image source", "image caption", "media caption",
	"photo", "photos", "photograph", "picture", "file photo", "photo credit", "image credit", "credit",
	"video", "graphic", "illustration"}

var (
	// cleanByline: "By Jane Doe", "By Jane Doe and John Roe, Reuters".
	cleanByline = regexp.MustCompile(`^(?i:by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|al|bin|el))*\s*(?:[,|/–—-].*)?$`)
	// cleanCredit: "(AP Photo/Jane Doe)", "(Photo: Reuters)".
	cleanCredit = regexp.MustCompile(`^[(\[].{0,80}\b(?i:photo|photograph|image|picture|credit|file)\b.{0,80}[)\]]$`)
	// cleanWireTail: "(Reporting by X; Editing by Y)".
	cleanWireTail = regexp.MustCompile(`^\(?(?i:(?:additional )?reporting|writing|editing|compiled|edited|written|produced|translated) by\b`)
	// cleanFollow: "Follow us on X", "Follow @agency", "Follow Jane on Twitter".
	cleanFollow = regexp.MustCompile(`^(?i:follow (?:us|@\S+|.{0,40}\bon (?:twitter|x|facebook|instagram|telegram|linkedin|youtube|whatsapp|threads|google news|bluesky)))\b`)
	// cleanStamp: "Updated: 12 Jan 2024, 10:03 IST", "Published on May 3".
	cleanStamp = regexp.MustCompile(`^(?i:updated|published|last updated|first published|posted|modified)\b\s*(?i:on|at)?\s*:?\s*.{0,50}\d`)
)

// cleanBoilerplate reports whether a trimmed line is page furniture.
func cleanBoilerplate(line string) bool {
	if len(line) > cleanMaxBoilerplate {
		return false
	}
	lower := strings.ToLower(line)
	key := strings.TrimRight(lower, " .:!»›>→|-–—")
	if cleanFurniture[key] {
		return true
	}
	for _, lead := range cleanLeads {
		if rest, ok := strings.CutPrefix(lower, lead); ok {
			rest = strings.TrimLeft(rest, " ")
			if rest != "" && strings.ContainsRune("|:»›>→–—", []rune(rest)[0]) {
				return true
			}
		}
	}
	if strings.HasPrefix(lower, "©") || strings.HasPrefix(lower, "copyright ") || strings.Contains(lower, "all rights reserved") {
		return true
	}
	last := line[len(line)-1]
	if last != '.' && last != '?' && last != '!' && last != '"' && len(line) <= 100 && cleanByline.MatchString(line) {
		return true
	}
	if len(line) <= 100 && (cleanFollow.MatchString(line) || cleanStamp.MatchString(line)) {
		return true
	}
	return cleanCredit.MatchString(line) || cleanWireTail.MatchString(line)
}

// cleanLineSet makes a set of the non-blank lines of s.
func cleanLineSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			m[l] = true
		}
	}
	return m
}
