/** Material for the demo catalogue: what experts in each sub-category say, in English and in French. */
export interface TopicText {
  role: string;
  /** A French role is written for a woman or a man ("professeure", "professeur"): the expert's first name agrees. */
  gender?: 'f' | 'm';
  skills: string[];
  offerings: [string, string][];
}

export const topics: Record<string, { en: TopicText; fr: TopicText }> = {
  'laptops-pcs': {
    en: {
      role: 'computer repair technician',
      skills: ['laptop repair', 'windows', 'hardware', 'data recovery'],
      offerings: [
        ['Fix a slow laptop', 'We find what slows your laptop down and clean it up together, step by step.'],
        ['Recover lost files', 'Deleted photos or a dead drive: we try every safe way to get your files back.'],
      ],
    },
    fr: {
      role: 'technicien en dépannage informatique',
      gender: 'm',
      skills: ['dépannage', 'ordinateur portable', 'windows', 'récupération de données'],
      offerings: [
        ['Réparer un ordinateur lent', 'Nous trouvons ce qui ralentit votre ordinateur et le nettoyons ensemble, pas à pas.'],
        ['Récupérer des fichiers perdus', 'Photos effacées ou disque en panne : nous essayons toutes les méthodes sûres.'],
      ],
    },
  },
  smartphones: {
    en: {
      role: 'smartphone specialist',
      skills: ['iphone', 'android', 'smartphone setup', 'backup'],
      offerings: [
        ['Set up your new phone', 'Move contacts, photos and apps to your new phone without losing anything.'],
        ['Phone troubleshooting', 'Battery drain, full storage, apps that crash: we sort it out live.'],
      ],
    },
    fr: {
      role: 'spécialiste smartphone',
      skills: ['iphone', 'android', 'téléphone', 'sauvegarde'],
      offerings: [
        ['Configurer votre nouveau téléphone', 'Transférez contacts, photos et applications sans rien perdre.'],
        ['Dépannage de smartphone', 'Batterie qui fond, stockage plein, applications qui plantent : on règle ça en direct.'],
      ],
    },
  },
  programming: {
    en: {
      role: 'software engineer',
      skills: ['python', 'javascript', 'typescript', 'debugging', 'react'],
      offerings: [
        ['Python for beginners', 'Write your first Python programs: variables, loops, functions, and a small project.'],
        ['Debug your code with me', 'Share your screen and we track down the bug in your JavaScript or Python code.'],
      ],
    },
    fr: {
      role: 'développeuse logicielle',
      gender: 'f',
      skills: ['python', 'javascript', 'programmation', 'débogage', 'react'],
      offerings: [
        ['Python pour débutants', 'Vos premiers programmes Python : variables, boucles, fonctions et un petit projet.'],
        ['Déboguer votre code ensemble', 'Partagez votre écran et nous traquons le bogue dans votre code JavaScript ou Python.'],
      ],
    },
  },
  baking: {
    en: {
      role: 'pastry chef',
      skills: ['baking', 'sourdough', 'pastry', 'bread'],
      offerings: [
        ['Sourdough from scratch', 'Feed a starter, shape a loaf and bake a crusty sourdough bread at home.'],
        ['Perfect macarons', 'Meringue, macaronage and baking: the three steps that make or break macarons.'],
      ],
    },
    fr: {
      role: 'pâtissier',
      gender: 'm',
      skills: ['pâtisserie', 'levain', 'boulangerie', 'pain'],
      offerings: [
        ['Pain au levain maison', 'Nourrir un levain, façonner et cuire un pain croustillant chez vous.'],
        ['Des macarons réussis', 'Meringue, macaronage et cuisson : les trois étapes qui font les macarons.'],
      ],
    },
  },
  'world-cuisine': {
    en: {
      role: 'home cook and food writer',
      skills: ['cooking', 'curry', 'pasta', 'meal prep'],
      offerings: [
        ['Fresh pasta night', 'Knead, roll and cut fresh pasta, then make a simple sauce to go with it.'],
        ['Weeknight curries', 'Three quick curries with spices you can find at any supermarket.'],
      ],
    },
    fr: {
      role: 'cuisinière passionnée',
      gender: 'f',
      skills: ['cuisine', 'curry', 'pâtes fraîches', 'batch cooking'],
      offerings: [
        ['Soirée pâtes fraîches', 'Pétrir, étaler et découper des pâtes fraîches, avec une sauce simple.'],
        ['Currys de semaine', 'Trois currys rapides avec des épices de supermarché.'],
      ],
    },
  },
  makeup: {
    en: {
      role: 'makeup artist',
      skills: ['makeup', 'skincare', 'bridal makeup'],
      offerings: [
        ['Everyday makeup in 10 minutes', 'A natural look with the products you already own.'],
        ['Makeup for your wedding day', 'Plan and rehearse a look that lasts from the ceremony to the last dance.'],
      ],
    },
    fr: {
      role: 'maquilleuse professionnelle',
      gender: 'f',
      skills: ['maquillage', 'soin de la peau', 'maquillage mariée'],
      offerings: [
        ['Maquillage du quotidien en 10 minutes', 'Un maquillage naturel avec les produits que vous avez déjà.'],
        ['Maquillage de mariage', 'Préparer et répéter un maquillage qui tient de la cérémonie au dernier slow.'],
      ],
    },
  },
  styling: {
    en: {
      role: 'personal stylist',
      skills: ['style', 'wardrobe', 'fashion'],
      offerings: [
        ['Wardrobe audit', 'Open your wardrobe on camera and we build ten outfits from what you have.'],
        ['Dress for the interview', 'Pick an outfit that fits the job, the company and you.'],
      ],
    },
    fr: {
      role: 'conseillère en image',
      gender: 'f',
      skills: ['style', 'garde-robe', 'mode'],
      offerings: [
        ['Audit de garde-robe', 'Ouvrez votre armoire devant la caméra : nous composons dix tenues avec ce que vous avez.'],
        ['Tenue pour un entretien', 'Choisir une tenue adaptée au poste, à l’entreprise et à vous.'],
      ],
    },
  },
  math: {
    en: {
      role: 'math tutor',
      skills: ['algebra', 'calculus', 'geometry', 'statistics'],
      offerings: [
        ['Algebra homework help', 'Bring your homework: we work through it until the method clicks.'],
        ['Calculus crash course', 'Limits, derivatives and integrals explained with pictures, not just formulas.'],
      ],
    },
    fr: {
      role: 'professeur de mathématiques',
      gender: 'm',
      skills: ['algèbre', 'analyse', 'géométrie', 'statistiques'],
      offerings: [
        ['Aide aux devoirs de maths', 'Apportez vos exercices : nous les travaillons jusqu’à ce que la méthode soit claire.'],
        ['Révisions d’analyse', 'Limites, dérivées et intégrales expliquées avec des schémas, pas seulement des formules.'],
      ],
    },
  },
  'exam-prep': {
    en: {
      role: 'exam coach',
      skills: ['exam preparation', 'study skills', 'sat', 'ielts'],
      offerings: [
        ['Plan your revision', 'Build a realistic revision timetable for the weeks before your exams.'],
        ['IELTS speaking practice', 'Timed speaking tasks with feedback on fluency, vocabulary and pronunciation.'],
      ],
    },
    fr: {
      role: 'coach en préparation aux examens',
      skills: ['bac', 'méthodologie', 'révisions', 'grand oral'],
      offerings: [
        ['Préparer le grand oral', 'Construire votre présentation et répéter avec des questions du jury.'],
        ['Organiser ses révisions', 'Un planning de révisions réaliste pour les semaines avant les examens.'],
      ],
    },
  },
  english: {
    en: {
      role: 'English teacher',
      skills: ['english', 'conversation', 'grammar', 'business english'],
      offerings: [
        ['English conversation practice', 'Relaxed conversation on topics you choose, with corrections at the end.'],
        ['Business English for meetings', 'Phrases and practice for meetings, calls and presentations.'],
      ],
    },
    fr: {
      role: 'professeure d’anglais',
      gender: 'f',
      skills: ['anglais', 'conversation', 'grammaire', 'anglais des affaires'],
      offerings: [
        ['Conversation en anglais', 'Discussion détendue sur des sujets de votre choix, avec corrections à la fin.'],
        ['Anglais pour les réunions', 'Expressions et mises en situation pour réunions, appels et présentations.'],
      ],
    },
  },
  french: {
    en: {
      role: 'French teacher',
      skills: ['french', 'conversation', 'pronunciation', 'delf'],
      offerings: [
        ['French for travellers', 'The French you need at the hotel, the restaurant and the train station.'],
        ['DELF B2 preparation', 'Practise each part of the DELF B2 exam with a former examiner.'],
      ],
    },
    fr: {
      role: 'professeur de français langue étrangère',
      gender: 'm',
      skills: ['français', 'fle', 'prononciation', 'delf'],
      offerings: [
        ['Français pour voyager', 'Le français utile à l’hôtel, au restaurant et à la gare.'],
        ['Préparation au DELF B2', 'Entraînez-vous à chaque épreuve du DELF B2 avec un ancien examinateur.'],
      ],
    },
  },
  spanish: {
    en: {
      role: 'Spanish tutor',
      skills: ['spanish', 'conversation', 'grammar'],
      offerings: [
        ['Spanish from zero', 'Greetings, numbers and your first conversation in Spanish.'],
        ['Spanish conversation club', 'Speak Spanish for a whole session about travel, food and culture.'],
      ],
    },
    fr: {
      role: 'professeure d’espagnol',
      gender: 'f',
      skills: ['espagnol', 'conversation', 'grammaire'],
      offerings: [
        ['L’espagnol en partant de zéro', 'Salutations, nombres et votre première conversation en espagnol.'],
        ['Club de conversation en espagnol', 'Parler espagnol toute une séance : voyages, cuisine et culture.'],
      ],
    },
  },
  guitar: {
    en: {
      role: 'guitar teacher',
      skills: ['guitar', 'acoustic guitar', 'music theory', 'chords'],
      offerings: [
        ['Your first guitar chords', 'Tune your guitar and learn four chords that open a hundred songs.'],
        ['Fingerstyle guitar', 'Play melody and bass together: patterns, exercises and a first piece.'],
      ],
    },
    fr: {
      role: 'professeur de guitare',
      gender: 'm',
      skills: ['guitare', 'guitare acoustique', 'solfège', 'accords'],
      offerings: [
        ['Vos premiers accords de guitare', 'Accordez votre guitare et apprenez quatre accords pour jouer cent chansons.'],
        ['Guitare fingerstyle', 'Jouer mélodie et basse ensemble : motifs, exercices et un premier morceau.'],
      ],
    },
  },
  piano: {
    en: {
      role: 'piano teacher',
      skills: ['piano', 'sight reading', 'music theory'],
      offerings: [
        ['Piano for adult beginners', 'Posture, reading notes and your first two-hand piece.'],
        ['Play by ear', 'Find melodies and chords of songs you love without sheet music.'],
      ],
    },
    fr: {
      role: 'professeure de piano',
      gender: 'f',
      skills: ['piano', 'déchiffrage', 'solfège'],
      offerings: [
        ['Piano pour adultes débutants', 'Posture, lecture de notes et un premier morceau à deux mains.'],
        ['Jouer d’oreille', 'Retrouver mélodies et accords de vos chansons préférées sans partition.'],
      ],
    },
  },
  yoga: {
    en: {
      role: 'yoga teacher',
      skills: ['yoga', 'stretching', 'breathing', 'meditation'],
      offerings: [
        ['Morning yoga flow', 'A gentle 30-minute flow to wake up the body, adapted to your level.'],
        ['Yoga for back pain', 'Postures and breathing that relieve a stiff back, safely.'],
      ],
    },
    fr: {
      role: 'professeure de yoga',
      gender: 'f',
      skills: ['yoga', 'étirements', 'respiration', 'méditation'],
      offerings: [
        ['Yoga du matin', 'Un enchaînement doux de 30 minutes pour réveiller le corps, adapté à votre niveau.'],
        ['Yoga pour le mal de dos', 'Postures et respiration pour soulager un dos raide, en sécurité.'],
      ],
    },
  },
  'strength-training': {
    en: {
      role: 'personal trainer',
      skills: ['strength training', 'fitness', 'workout plan'],
      offerings: [
        ['Home workout plan', 'A plan for three short sessions a week with no equipment.'],
        ['Squat and deadlift form check', 'Film your lifts and we fix your technique together.'],
      ],
    },
    fr: {
      role: 'coach sportif',
      gender: 'm',
      skills: ['musculation', 'remise en forme', 'programme d’entraînement'],
      offerings: [
        ['Programme à la maison', 'Trois courtes séances par semaine, sans matériel.'],
        ['Technique du squat et du soulevé de terre', 'Filmez vos mouvements et nous corrigeons votre technique ensemble.'],
      ],
    },
  },
  nutrition: {
    en: {
      role: 'nutritionist',
      skills: ['nutrition', 'meal planning', 'healthy eating'],
      offerings: [
        ['Plan a week of healthy meals', 'A shopping list and seven balanced dinners that fit your budget.'],
        ['Eating well for sport', 'What to eat before and after training, without supplements.'],
      ],
    },
    fr: {
      role: 'diététicienne',
      gender: 'f',
      skills: ['nutrition', 'menus', 'alimentation saine'],
      offerings: [
        ['Une semaine de repas équilibrés', 'Une liste de courses et sept dîners équilibrés adaptés à votre budget.'],
        ['Bien manger pour le sport', 'Quoi manger avant et après l’entraînement, sans compléments.'],
      ],
    },
  },
  gardening: {
    en: {
      role: 'gardener',
      skills: ['gardening', 'vegetable garden', 'houseplants'],
      offerings: [
        ['Start a vegetable patch', 'What to plant, when and where, for a first harvest this season.'],
        ['Save your houseplants', 'Show me your plants and we work out light, water and soil.'],
      ],
    },
    fr: {
      role: 'jardinier paysagiste',
      gender: 'm',
      skills: ['jardinage', 'potager', 'plantes d’intérieur'],
      offerings: [
        ['Créer un potager', 'Quoi planter, quand et où, pour une première récolte cette saison.'],
        ['Sauver vos plantes d’intérieur', 'Montrez-moi vos plantes : lumière, arrosage et terreau.'],
      ],
    },
  },
  'diy-repairs': {
    en: {
      role: 'handyman',
      skills: ['diy', 'plumbing', 'electrical', 'repairs'],
      offerings: [
        ['Fix a leaking tap', 'Identify your tap, pick the right part and fix the leak yourself.'],
        ['Hang shelves that stay up', 'Find the right plugs and screws for your wall and drill safely.'],
      ],
    },
    fr: {
      role: 'artisan bricoleur',
      gender: 'm',
      skills: ['bricolage', 'plomberie', 'électricité', 'réparations'],
      offerings: [
        ['Réparer un robinet qui fuit', 'Identifier votre robinet, choisir la bonne pièce et réparer la fuite vous-même.'],
        ['Poser des étagères solides', 'Choisir chevilles et vis adaptées à votre mur et percer en sécurité.'],
      ],
    },
  },
  drawing: {
    en: {
      role: 'illustrator',
      skills: ['drawing', 'watercolor', 'sketching'],
      offerings: [
        ['Learn to sketch', 'Shapes, proportions and shading: draw what you see in one session.'],
        ['Watercolor basics', 'Wet on wet, glazing and your first small landscape.'],
      ],
    },
    fr: {
      role: 'illustratrice',
      gender: 'f',
      skills: ['dessin', 'aquarelle', 'croquis'],
      offerings: [
        ['Apprendre le croquis', 'Formes, proportions et ombres : dessiner ce que vous voyez en une séance.'],
        ['Les bases de l’aquarelle', 'Mouillé sur mouillé, glacis et un premier petit paysage.'],
      ],
    },
  },
  marketing: {
    en: {
      role: 'marketing consultant',
      skills: ['marketing', 'social media', 'seo', 'branding'],
      offerings: [
        ['Social media plan for your shop', 'A month of posts planned around what your customers care about.'],
        ['SEO audit of your site', 'We check your pages live and list the ten fixes that matter most.'],
      ],
    },
    fr: {
      role: 'consultante marketing',
      gender: 'f',
      skills: ['marketing', 'réseaux sociaux', 'référencement', 'image de marque'],
      offerings: [
        ['Plan réseaux sociaux pour votre boutique', 'Un mois de publications pensé autour de ce qui compte pour vos clients.'],
        ['Audit SEO de votre site', 'Nous vérifions vos pages en direct et listons les dix corrections prioritaires.'],
      ],
    },
  },
  'baby-sleep': {
    en: {
      role: 'infant sleep consultant',
      skills: ['baby sleep', 'parenting', 'routines'],
      offerings: [
        ['Gentle sleep routine', 'A bedtime routine that fits your baby and your family.'],
        ['Night waking plan', 'Understand night waking and agree on a plan you can keep.'],
      ],
    },
    fr: {
      role: 'consultante en sommeil du bébé',
      gender: 'f',
      skills: ['sommeil de bébé', 'parentalité', 'routines'],
      offerings: [
        ['Une routine du coucher en douceur', 'Une routine adaptée à votre bébé et à votre famille.'],
        ['Réveils nocturnes', 'Comprendre les réveils de nuit et construire un plan tenable.'],
      ],
    },
  },
};

export const firstNames = {
  en: [
    'Olivia',
    'James',
    'Amelia',
    'Noah',
    'Isla',
    'Oliver',
    'Ava',
    'George',
    'Mia',
    'Harry',
    'Grace',
    'Jack',
    'Chloe',
    'Leo',
    'Ruby',
    'Ethan',
    'Maya',
    'Liam',
    'Zoe',
    'Samuel',
  ],
  fr: [
    'Camille',
    'Léa',
    'Louis',
    'Chloé',
    'Hugo',
    'Manon',
    'Jules',
    'Inès',
    'Gabriel',
    'Élise',
    'Raphaël',
    'Zoé',
    'Arthur',
    'Juliette',
    'Théo',
    'Anaïs',
    'Maël',
    'Sarah',
    'Noé',
    'Clémence',
  ],
};
/** French first names by the gender a role is written in (Camille goes with either). */
export const frenchFirstNames = {
  f: ['Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Élise', 'Zoé', 'Juliette', 'Anaïs', 'Sarah', 'Clémence'],
  m: ['Camille', 'Louis', 'Hugo', 'Jules', 'Gabriel', 'Raphaël', 'Arthur', 'Théo', 'Maël', 'Noé'],
};
export const lastNames = {
  en: [
    'Smith',
    'Johnson',
    'Taylor',
    'Brown',
    'Wilson',
    'Evans',
    'Walker',
    'Wright',
    'Hughes',
    'Clarke',
    'Patel',
    'Murphy',
    'Lewis',
    'Young',
    'King',
  ],
  fr: [
    'Martin',
    'Bernard',
    'Dubois',
    'Lefèvre',
    'Moreau',
    'Laurent',
    'Girard',
    'Roux',
    'Fontaine',
    'Mercier',
    'Blanc',
    'Garnier',
    'Chevalier',
    'Faure',
    'Perrin',
  ],
};

/** Where experts of each language live, and the currency they charge in. */
export const places = {
  en: [
    { country: 'US', timeZone: 'America/New_York', currency: 'USD' },
    { country: 'US', timeZone: 'America/Los_Angeles', currency: 'USD' },
    { country: 'GB', timeZone: 'Europe/London', currency: 'GBP' },
    { country: 'CA', timeZone: 'America/Toronto', currency: 'CAD' },
    { country: 'AU', timeZone: 'Australia/Sydney', currency: 'AUD' },
    { country: 'JP', timeZone: 'Asia/Tokyo', currency: 'JPY' },
  ],
  fr: [
    { country: 'FR', timeZone: 'Europe/Paris', currency: 'EUR' },
    { country: 'BE', timeZone: 'Europe/Brussels', currency: 'EUR' },
    { country: 'CH', timeZone: 'Europe/Zurich', currency: 'CHF' },
    { country: 'CA', timeZone: 'America/Montreal', currency: 'CAD' },
    { country: 'SN', timeZone: 'Africa/Dakar', currency: 'XOF' },
  ],
};
