package io.newsfacts.extractor.nlp;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The features of CoreNLP's 3-class CRF NER ({@code english.all.3class.distsim}), computed as feature indices
 * without building most of the feature strings. CoreNLP's {@code NERFeatureFactory} builds about sixty strings per
 * token (the word, its prefixes and suffixes, its cluster, five words either side, shape combinations...), hashes
 * each into the model's feature index and throws most away: two thirds of the NER's time. Almost all of those
 * strings depend on one word only, so here each word's feature indices are looked up once and kept; only the
 * features that pair two words or shapes are built per token.
 *
 * <p>This is a re-implementation of exactly the feature templates the model's flags switch on (listed in
 * {@link #supports}); for any other model, or any token carrying a domain, the caller uses CoreNLP's own
 * extraction. {@code CrfFeaturesTest} checks that the two give the same feature indices on real articles.
 */
final class CrfFeatures {
    /** The flags this class implements, as CoreNLP prints the non-default ones (serialization paths dropped). */
    private static final List<String> FLAGS = List.of("useDisjunctive=true", "useSequences=true",
            "useOccurrencePatterns=true", "unknownWordDistSimClass=0", "useClassFeature=true", "useQN=true",
            "useTypeSeqs=true", "usePrevSequences=true", "featureDiffThresh=0.05",
            "wordFunction=edu.stanford.nlp.process.AmericanizeFunction", "wordShape=chris2useLC", "usePrev=true",
            "maxLeft=1", "useNextRealWord=true", "useTypeSeqs2=true", "map=word=0,answer=1", "disjunctionWidth=5",
            "useWord=true", "QNsize=25", "useLastRealWord=true", "numberEquivalenceDistSim=true", "useDistSim=true",
            "useNGrams=true", "saveFeatureIndexToDisk=true", "useLongSequences=true", "useObservedSequencesOnly=true",
            "maxNGramLeng=6", "normalize=true", "useNext=true", "noMidNGrams=true", "useTypeySequences=true",
            "type=crf");
    private static final int DISJUNCTION = 5;
    private static final int MAX_NGRAM = 6;
    private static final int OCCURRENCE_REACH = 150;
    /** Forget the per-word cache past this many words (a long batch over many vocabularies). */
    static final int MAX_WORDS = 200_000;

    private final int maxWords;
    private final Index<String> index;
    private final Map<String, String> clusters;
    private final String unknownCluster;
    private final Function<String, String> wordFunction;
    private final Map<String, Word> words = new ConcurrentHashMap<>();
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();
    private final Word pad;
    /** A pad's shape ("" from getString). */
    private final Shape padShape;
    private final int nullTns1;
    private final int classFeature;
    private final int pseq;
    private final int noOccurrence;
    private final int[] occurrence;

    /** The feature indices of one word, in each role it can play around the current token. */
    private record Word(int id, String text, String clusterGet, String clusterGetString, int clusterId, int word,
            int[] ngrams, int cluster,
            int prevWord, int prevCluster, int nextWord, int nextCluster, int disjunctNext, int disjunctPrev,
            int seqWord, int seqPrevWord, int seqPrevCluster, int seqCluster) {
    }

    /** The feature indices of one shape string in each role. */
    private record Shape(int id, String text, int type, int prevType, int nextType, int seqPrev, int seqCur, int tps2,
            int tns1) {
    }

    /** The kinds of feature that pair two words, shapes or clusters (the top four bits of a pair's key). */
    private static final long PW_CTYPE = 1, NW_CTYPE = 2, PCTYPE = 3, CNTYPE = 4, PCNTYPE = 5, PPW_CTYPE = 6,
            NNW_CTYPE = 7, PSEQW2 = 8, PSEQPCDS = 9, TYPES = 10;
    private static final int ID_LIMIT = 1 << 30;

    private final AtomicInteger ids = new AtomicInteger(1);
    private final Map<String, Integer> clusterIds = new ConcurrentHashMap<>();
    private final ThreadLocal<PairTable> pairs = ThreadLocal.withInitial(PairTable::new);

    private CrfFeatures(Index<String> index, Map<String, String> clusters, String unknownCluster,
            Function<String, String> wordFunction, int maxWords) {
        this.maxWords = maxWords;
        this.index = index;
        this.clusters = clusters;
        this.unknownCluster = unknownCluster;
        this.wordFunction = wordFunction;
        // a pad has no text ("" from getString), no cluster ("null" where CoreNLP appends get(), "" for getString())
        this.pad = word("", "null", "");
        this.padShape = shapeOf("");
        this.nullTns1 = id("null-TNS1|CpC");
        this.classFeature = id("###|C");
        this.pseq = id("PSEQ|CpC");
        this.noOccurrence = id("NO-OCCURRENCE-PATTERN|C");
        String[] names = {"XY-NEXT-OCCURRENCE-XY", "XY-NEXT-OCCURRENCE-Y", "XY-PREV-OCCURRENCE-XY",
            "XY-PREV-OCCURRENCE-Y", "X-NEXT-OCCURRENCE-YX", "X-NEXT-OCCURRENCE-XY", "X-NEXT-OCCURRENCE-X",
            "X-PREV-OCCURRENCE-YX", "X-PREV-OCCURRENCE-XY", "X-PREV-OCCURRENCE-X"};
        this.occurrence = new int[names.length];
        for (int i = 0; i < names.length; i++) occurrence[i] = id(names[i] + "|C");
    }

    /** Whether {@code flags} are the ones this class implements. */
    static boolean supports(SeqClassifierFlags flags) {
        if (flags.useReverse || flags.casedDistSim || flags.useEmbedding || flags.intern || flags.cacheNGrams) {
            return false;
        }
        List<String> set = Arrays.stream(flags.toString().split("\n"))
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("serializeTo=") && !l.startsWith("testFile=")
                        && !l.startsWith("distSimLexicon=") && !l.startsWith("trainFileList=")
                        && !l.startsWith("readerAndWriter=") && !l.startsWith("loadClassifier="))
                .sorted().toList();
        return set.equals(FLAGS.stream().sorted().toList());
    }

    /**
     * Features for {@code factory}'s model, or null when its flags are not the ones implemented here (or its
     * private cluster lexicon cannot be read).
     */
    static CrfFeatures of(SeqClassifierFlags flags, NERFeatureFactory<?> factory, Index<String> index,
            int maxWords) {
        if (index == null || !supports(flags)) return null;
        try {
            Field f = NERFeatureFactory.class.getDeclaredField("lexicon");
            f.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<String, String> lexicon = (Map<String, String>) f.get(factory);
            if (lexicon == null) return null;
            Function<String, String> fn = flags.wordFunction;
            return new CrfFeatures(index, lexicon, flags.unknownWordDistSimClass, fn == null ? w -> w : fn, maxWords);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The data CoreNLP's {@code CRFClassifier.documentToDataAndLabels} gives for {@code doc} (tokens as its
     * {@code ObjectBankWrapper} leaves them: text and shape set): per token, the node clique's features, then the
     * edge clique's. Indices are sorted, each once.
     */
    int[][][] data(List<? extends CoreLabel> doc) {
        int n = doc.size();
        Word[] w = new Word[n];
        Shape[] shape = new Shape[n];
        String[] tag = new String[n];
        for (int i = 0; i < n; i++) {
            CoreLabel t = doc.get(i);
            String text = wordFunction.apply(t.getString(CoreAnnotations.TextAnnotation.class));
            w[i] = wordOf(text);
            shape[i] = shapeOf(t.getString(CoreAnnotations.ShapeAnnotation.class));
            tag[i] = t.getString(CoreAnnotations.PartOfSpeechAnnotation.class);
        }
        int[][][] data = new int[n][2][];
        IntBag bag = new IntBag();
        PairTable table = pairs.get();
        for (int loc = 0; loc < n; loc++) {
            data[loc][0] = nodeFeatures(w, shape, tag, loc, bag, table);
            data[loc][1] = edgeFeatures(w, shape, loc, bag, table);
        }
        return data;
    }

    private int[] nodeFeatures(Word[] w, Shape[] shape, String[] tag, int loc, IntBag out, PairTable t) {
        out.clear();
        Word c = w[loc];
        Word p = at(w, loc - 1);
        Word n = at(w, loc + 1);
        Shape cs = shape[loc];
        Shape ps = loc > 0 ? shape[loc - 1] : padShape;
        Shape ns = loc + 1 < w.length ? shape[loc + 1] : padShape;
        out.add(c.cluster);
        out.add(c.word);
        out.add(p.prevWord);
        out.add(p.prevCluster);
        out.add(n.nextWord);
        out.add(n.nextCluster);
        out.add(classFeature);
        out.addAll(c.ngrams);
        out.add(cs.type);
        out.add(ps.prevType);
        out.add(ns.nextType);
        String cShape = cs.text;
        out.add(pair(t, PW_CTYPE, p.id, cs.id, () -> p.text + "..." + cShape + "-PW_CTYPE|C"));
        out.add(pair(t, NW_CTYPE, n.id, cs.id, () -> cShape + "..." + n.text + "-NW_CTYPE|C"));
        out.add(pair(t, PCTYPE, ps.id, cs.id, () -> ps.text + "..." + cShape + "-PCTYPE|C"));
        out.add(pair(t, CNTYPE, cs.id, ns.id, () -> cShape + "..." + ns.text + "-CNTYPE|C"));
        Supplier<String> pcn = () -> ps.text + "..." + cShape + "..." + ns.text + "-PCNTYPE|C";
        out.add(cs.id < 1 << 15 && ns.id < 1 << 15 ? pair(t, PCNTYPE, ps.id, cs.id << 15 | ns.id, pcn)
                : id(pcn.get()));
        if (p.text.length() <= 3) {
            Word p2 = at(w, loc - 2);
            out.add(pair(t, PPW_CTYPE, p2.id, cs.id, () -> p2.text + "..." + cShape + "-PPW_CTYPE|C"));
        }
        if (n.text.length() <= 3) {
            Word n2 = at(w, loc + 2);
            out.add(pair(t, NNW_CTYPE, n2.id, cs.id, () -> n2.text + "..." + cShape + "-NNW_CTYPE|C"));
        }
        occurrences(w, tag, loc, out);
        for (int i = 1; i <= DISJUNCTION; i++) {
            out.add(at(w, loc + i).disjunctNext);
            out.add(at(w, loc - i).disjunctPrev);
        }
        return out.toSortedSet();
    }

    private int[] edgeFeatures(Word[] w, Shape[] shape, int loc, IntBag out, PairTable t) {
        out.clear();
        Word c = w[loc];
        Word p = at(w, loc - 1);
        Shape cs = shape[loc];
        Shape ps = loc > 0 ? shape[loc - 1] : padShape;
        out.add(pseq);
        out.add(c.seqWord);
        out.add(pair(t, PSEQW2, p.id, c.id, () -> p.text + "-" + c.text + "-PSEQW2|CpC"));
        out.add(p.seqPrevWord);
        out.add(p.seqPrevCluster);
        out.add(c.seqCluster);
        out.add(pair(t, PSEQPCDS, p.clusterId, c.clusterId,
                () -> p.clusterGetString + "-" + c.clusterGetString + "-PSEQpcDS|CpC"));
        out.add(ps.seqPrev);
        out.add(cs.seqCur);
        out.add(pair(t, TYPES, ps.id, cs.id, () -> ps.text + "-" + cs.text + "-TYPES|CpC"));
        out.add(cs.tps2);
        // CoreNLP appends n.get(ShapeAnnotation): "null" past the end
        out.add(loc + 1 < w.length ? shape[loc + 1].tns1 : nullTns1);
        return out.toSortedSet();
    }

    /** CoreNLP's occurrence patterns: other mentions of a capitalized word in the sentence. */
    private void occurrences(Word[] w, String[] tag, int loc, IntBag out) {
        String word = w[loc].text;
        String nWord = at(w, loc + 1).text;
        String pWord = at(w, loc - 1).text;
        if (!(isNameCase(word) && noUpperCase(nWord) && hasLetter(nWord) && hasLetter(pWord) && loc > 0)) {
            out.add(noOccurrence);
            return;
        }
        if (isNameCase(pWord) && tagAt(tag, loc - 1).equals("NNP")) {
            for (int jump = 3; jump < OCCURRENCE_REACH; jump++) {
                if (at(w, loc + jump).text.equals(word)) {
                    out.add(at(w, loc + jump - 1).text.equals(pWord) ? occurrence[0] : occurrence[1]);
                }
            }
            for (int jump = -3; jump > -OCCURRENCE_REACH; jump--) {
                if (at(w, loc + jump).text.equals(word)) {
                    out.add(at(w, loc + jump - 1).text.equals(pWord) ? occurrence[2] : occurrence[3]);
                }
            }
        } else {
            for (int jump = 3; jump < OCCURRENCE_REACH; jump++) {
                if (at(w, loc + jump).text.equals(word)) {
                    if (isNameCase(at(w, loc + jump - 1).text) && tagAt(tag, loc + jump - 1).equals("NNP")) {
                        out.add(occurrence[4]);
                    } else if (isNameCase(at(w, loc + jump + 1).text) && tagAt(tag, loc + jump + 1).equals("NNP")) {
                        out.add(occurrence[5]);
                    } else {
                        out.add(occurrence[6]);
                    }
                }
            }
            for (int jump = -3; jump > -OCCURRENCE_REACH; jump--) {
                if (at(w, loc + jump).text.equals(word)) {
                    if (isNameCase(at(w, loc + jump + 1).text) && tagAt(tag, loc + jump + 1).equals("NNP")) {
                        out.add(occurrence[7]);
                    } else if (isNameCase(at(w, loc + jump - 1).text) && tagAt(tag, loc + jump - 1).equals("NNP")) {
                        out.add(occurrence[8]);
                    } else {
                        out.add(occurrence[9]);
                    }
                }
            }
        }
    }

    private Word at(Word[] w, int i) {
        return i < 0 || i >= w.length ? pad : w[i];
    }

    private static String tagAt(String[] tag, int i) {
        return i < 0 || i >= tag.length ? "" : tag[i];
    }

    private Word wordOf(String text) {
        Word known = words.get(text);
        if (known != null) return known;
        if (words.size() > maxWords) words.clear();
        String key = WordShapeClassifier.wordShape(text.toLowerCase(), WordShapeClassifier.WORDSHAPEDIGITS);
        String cluster = Objects.requireNonNullElse(clusters.get(key), unknownCluster);
        Word made = word(text, cluster, cluster);
        words.put(text, made);
        return made;
    }

    private Word word(String text, String clusterGet, String clusterGetString) {
        int clusterId = clusterIds.computeIfAbsent(clusterGetString, k -> ids.getAndIncrement());
        return new Word(ids.getAndIncrement(), text, clusterGet, clusterGetString, clusterId, id(text + "-WORD|C"),
                ngrams(text),
                id(clusterGet + "-DISTSIM|C"), id(text + "-PW|C"), id(clusterGet + "-PDISTSIM|C"), id(text + "-NW|C"),
                id(clusterGet + "-NDISTSIM|C"), id(text + "-DISJN|C"), id(text + "-DISJP|C"),
                id(text + "-PSEQW|CpC"), id(text + "-PSEQpW|CpC"), id(clusterGetString + "-PSEQpDS|CpC"),
                id(clusterGetString + "-PSEQcDS|CpC"));
    }

    /** Prefixes and suffixes (2 to 6 characters) of the word framed as {@code <word>}. */
    private int[] ngrams(String text) {
        String word = '<' + text + '>';
        IntBag bag = new IntBag();
        int max = Math.min(MAX_NGRAM, word.length());
        for (int j = 2; j <= max; j++) bag.add(id('#' + word.substring(0, j) + '#' + "|C"));
        for (int i = Math.max(0, word.length() - MAX_NGRAM); i < word.length() - 1; i++) {
            bag.add(id('#' + word.substring(i) + '#' + "|C"));
        }
        return bag.toArray();
    }

    private Shape shapeOf(String s) {
        Shape known = shapes.get(s);
        if (known != null) return known;
        Shape made = new Shape(ids.getAndIncrement(), s, id(s + "-TYPE|C"), id(s + "-PTYPE|C"), id(s + "-NTYPE|C"),
                id(s + "-PSEQpS|CpC"), id(s + "-PSEQcS|CpC"), id(s + "-TPS2|CpC"), id(s + "-TNS1|CpC"));
        if (shapes.size() < maxWords) shapes.put(s, made);
        return made;
    }

    /**
     * The index of a feature pairing two words, shapes or clusters (ids {@code a} and {@code b}), remembered in
     * this thread's table of pairs.
     */
    private int pair(PairTable table, long kind, int a, int b, Supplier<String> feature) {
        if (a >= ID_LIMIT || b >= ID_LIMIT) return id(feature.get());
        long key = kind << 60 | (long) a << 30 | b;
        int known = table.get(key);
        if (known != PairTable.MISSING) return known;
        int id = id(feature.get());
        table.put(key, id);
        return id;
    }

    private int id(String feature) {
        return index.indexOf(feature);
    }

    private static boolean isNameCase(String str) {
        if (str.length() < 2) return false;
        if (!(Character.isUpperCase(str.charAt(0)) || Character.isTitleCase(str.charAt(0)))) return false;
        for (int i = 1; i < str.length(); i++) {
            if (Character.isUpperCase(str.charAt(i))) return false;
        }
        return true;
    }

    private static boolean noUpperCase(String str) {
        if (str.isEmpty()) return false;
        for (int i = 0; i < str.length(); i++) {
            if (Character.isUpperCase(str.charAt(i))) return false;
        }
        return true;
    }

    private static boolean hasLetter(String str) {
        for (int i = 0; i < str.length(); i++) {
            if (Character.isLetter(str.charAt(i))) return true;
        }
        return false;
    }

    /** Feature indices by pair key: open addressing on two arrays, emptied when it gets full. */
    private static final class PairTable {
        static final int MISSING = Integer.MIN_VALUE;
        private static final int CAPACITY = 1 << 20;
        private static final int MAX_SIZE = CAPACITY / 10 * 6;
        private final long[] keys = new long[CAPACITY];
        private final int[] values = new int[CAPACITY];
        private int size;

        int get(long key) {
            for (int i = slot(key); ; i = (i + 1) & (CAPACITY - 1)) {
                long k = keys[i];
                if (k == key) return values[i];
                if (k == 0) return MISSING;
            }
        }

        void put(long key, int value) {
            if (size >= MAX_SIZE) {
                Arrays.fill(keys, 0L);
                size = 0;
            }
            int i = slot(key);
            while (keys[i] != 0 && keys[i] != key) i = (i + 1) & (CAPACITY - 1);
            if (keys[i] == 0) size++;
            keys[i] = key;
            values[i] = value;
        }

        private static int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 44) & (CAPACITY - 1);
        }
    }

    /** A growable list of feature indices; negative ones (features the model pruned) are dropped. */
    private static final class IntBag {
        private int[] items = new int[96];
        private int size;

        void clear() {
            size = 0;
        }

        void add(int i) {
            if (i < 0) return;
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = i;
        }

        void addAll(int[] is) {
            for (int i : is) add(i);
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }

        int[] toSortedSet() {
            Arrays.sort(items, 0, size);
            int m = 0;
            for (int i = 0; i < size; i++) {
                if (m == 0 || items[i] != items[m - 1]) items[m++] = items[i];
            }
            return Arrays.copyOf(items, m);
        }
    }
}
