-- The starting taxonomy: twelve top-level categories and a few sub-categories each.
-- Admins manage it afterwards; this migration only seeds it once.
INSERT INTO "categories" ("slug", "name_en", "name_fr", "position") VALUES
  ('computers-tech', 'Computers & tech', 'Informatique & technologie', 1),
  ('cooking', 'Cooking', 'Cuisine', 2),
  ('fashion-beauty', 'Fashion & beauty', 'Mode & beauté', 3),
  ('education-tutoring', 'Education & tutoring', 'Éducation & soutien scolaire', 4),
  ('languages', 'Languages', 'Langues', 5),
  ('music', 'Music', 'Musique', 6),
  ('fitness', 'Fitness', 'Remise en forme', 7),
  ('health-wellness', 'Health & wellness', 'Santé & bien-être', 8),
  ('home-garden', 'Home & garden', 'Maison & jardin', 9),
  ('art-design', 'Art & design', 'Art & design', 10),
  ('business', 'Business', 'Entreprise', 11),
  ('parenting', 'Parenting', 'Parentalité', 12);
--> statement-breakpoint
INSERT INTO "categories" ("slug", "parent_id", "name_en", "name_fr", "position")
SELECT child.slug, parent.id, child.name_en, child.name_fr, child.position
FROM (VALUES
  ('laptops-pcs', 'computers-tech', 'Laptops & PCs', 'Ordinateurs portables & PC', 1),
  ('smartphones', 'computers-tech', 'Smartphones & tablets', 'Smartphones & tablettes', 2),
  ('programming', 'computers-tech', 'Programming', 'Programmation', 3),
  ('baking', 'cooking', 'Baking & pastry', 'Boulangerie & pâtisserie', 1),
  ('world-cuisine', 'cooking', 'World cuisine', 'Cuisines du monde', 2),
  ('makeup', 'fashion-beauty', 'Makeup', 'Maquillage', 1),
  ('styling', 'fashion-beauty', 'Personal styling', 'Conseil en style', 2),
  ('math', 'education-tutoring', 'Mathematics', 'Mathématiques', 1),
  ('exam-prep', 'education-tutoring', 'Exam preparation', 'Préparation aux examens', 2),
  ('english', 'languages', 'English', 'Anglais', 1),
  ('french', 'languages', 'French', 'Français', 2),
  ('spanish', 'languages', 'Spanish', 'Espagnol', 3),
  ('guitar', 'music', 'Guitar', 'Guitare', 1),
  ('piano', 'music', 'Piano', 'Piano', 2),
  ('yoga', 'fitness', 'Yoga', 'Yoga', 1),
  ('strength-training', 'fitness', 'Strength training', 'Musculation', 2),
  ('nutrition', 'health-wellness', 'Nutrition', 'Nutrition', 1),
  ('gardening', 'home-garden', 'Gardening', 'Jardinage', 1),
  ('diy-repairs', 'home-garden', 'DIY & repairs', 'Bricolage & réparations', 2),
  ('drawing', 'art-design', 'Drawing & painting', 'Dessin & peinture', 1),
  ('marketing', 'business', 'Marketing', 'Marketing', 1),
  ('baby-sleep', 'parenting', 'Baby sleep', 'Sommeil de bébé', 1)
) AS child(slug, parent_slug, name_en, name_fr, position)
JOIN "categories" parent ON parent.slug = child.parent_slug;
