(define (problem plan_trial_T20190919_091613_670925)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        EggType - otype
        KnifeType - otype
        SpoonType - otype
        WineBottleType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SinkBasinType - rtype
        Egg_bar__plus_00_dot_07_bar__plus_00_dot_69_bar__plus_03_dot_32 - object
        Spoon_bar__minus_00_dot_37_bar__plus_03_dot_24_bar__minus_02_dot_09 - object
        WineBottle_bar__minus_02_dot_23_bar__plus_01_dot_15_bar__minus_02_dot_55 - object
        Knife_bar__plus_02_dot_92_bar__plus_01_dot_69_bar__minus_00_dot_52 - object
        Cabinet_bar__plus_02_dot_89_bar__plus_01_dot_19_bar__plus_03_dot_12 - receptacle
        CounterTop_bar__minus_01_dot_18_bar__plus_02_dot_81_bar__minus_03_dot_39 - receptacle
        Drawer_bar__plus_02_dot_59_bar__plus_00_dot_72_bar__minus_00_dot_86 - receptacle
        Drawer_bar__plus_03_dot_50_bar__plus_01_dot_89_bar__plus_01_dot_60 - receptacle
        Fridge_bar__minus_00_dot_77_bar__plus_02_dot_96_bar__plus_01_dot_68 - receptacle
        Microwave_bar__minus_00_dot_13_bar__plus_02_dot_10_bar__minus_03_dot_46 - receptacle
        Shelf_bar__plus_02_dot_86_bar__plus_00_dot_66_bar__plus_00_dot_97 - receptacle
        Sink_bar__minus_00_dot_84_bar__plus_01_dot_31_bar__minus_02_dot_68_bar_SinkBasin - receptacle
        loc_bar_0_bar_7_bar_0_bar_15 - location
        loc_bar_5_bar__minus_5_bar_0_bar_60 - location
        loc_bar_9_bar_6_bar_0_bar_15 - location
        loc_bar__minus_1_bar__minus_3_bar_0_bar_30 - location
        loc_bar__minus_3_bar_5_bar_0_bar_15 - location
        loc_bar__minus_3_bar__minus_9_bar_2_bar_0 - location
        loc_bar__minus_4_bar_4_bar_2_bar_15 - location
        loc_bar__minus_7_bar__minus_8_bar_1_bar_45 - location
        loc_bar__minus_8_bar__minus_9_bar_3_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_3_bar_5_bar_0_bar_15)
        (receptacleType Cabinet_bar__plus_02_dot_89_bar__plus_01_dot_19_bar__plus_03_dot_12 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_89_bar__plus_01_dot_19_bar__plus_03_dot_12 loc_bar_9_bar_6_bar_0_bar_15)
        (openable Cabinet_bar__plus_02_dot_89_bar__plus_01_dot_19_bar__plus_03_dot_12)
        (receptacleType CounterTop_bar__minus_01_dot_18_bar__plus_02_dot_81_bar__minus_03_dot_39 CounterTopType)
        (receptacleAtLocation CounterTop_bar__minus_01_dot_18_bar__plus_02_dot_81_bar__minus_03_dot_39 loc_bar__minus_8_bar__minus_9_bar_3_bar_15)
        (receptacleType Drawer_bar__plus_02_dot_59_bar__plus_00_dot_72_bar__minus_00_dot_86 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_02_dot_59_bar__plus_00_dot_72_bar__minus_00_dot_86 loc_bar__minus_4_bar_4_bar_2_bar_15)
        (openable Drawer_bar__plus_02_dot_59_bar__plus_00_dot_72_bar__minus_00_dot_86)
        (receptacleType Drawer_bar__plus_03_dot_50_bar__plus_01_dot_89_bar__plus_01_dot_60 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_03_dot_50_bar__plus_01_dot_89_bar__plus_01_dot_60 loc_bar__minus_7_bar__minus_8_bar_1_bar_45)
        (openable Drawer_bar__plus_03_dot_50_bar__plus_01_dot_89_bar__plus_01_dot_60)
        (receptacleType Fridge_bar__minus_00_dot_77_bar__plus_02_dot_96_bar__plus_01_dot_68 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_00_dot_77_bar__plus_02_dot_96_bar__plus_01_dot_68 loc_bar__minus_3_bar__minus_9_bar_2_bar_0)
        (openable Fridge_bar__minus_00_dot_77_bar__plus_02_dot_96_bar__plus_01_dot_68)
        (receptacleType Microwave_bar__minus_00_dot_13_bar__plus_02_dot_10_bar__minus_03_dot_46 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_00_dot_13_bar__plus_02_dot_10_bar__minus_03_dot_46 loc_bar_0_bar_7_bar_0_bar_15)
        (openable Microwave_bar__minus_00_dot_13_bar__plus_02_dot_10_bar__minus_03_dot_46)
        (receptacleType Shelf_bar__plus_02_dot_86_bar__plus_00_dot_66_bar__plus_00_dot_97 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_02_dot_86_bar__plus_00_dot_66_bar__plus_00_dot_97 loc_bar__minus_1_bar__minus_3_bar_0_bar_30)
        (receptacleType Sink_bar__minus_00_dot_84_bar__plus_01_dot_31_bar__minus_02_dot_68_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__minus_00_dot_84_bar__plus_01_dot_31_bar__minus_02_dot_68_bar_SinkBasin loc_bar_5_bar__minus_5_bar_0_bar_60)
        (objectType Egg_bar__plus_00_dot_07_bar__plus_00_dot_69_bar__plus_03_dot_32 EggType)
        (pickupable Egg_bar__plus_00_dot_07_bar__plus_00_dot_69_bar__plus_03_dot_32)
        (cleanable Egg_bar__plus_00_dot_07_bar__plus_00_dot_69_bar__plus_03_dot_32)
        (heatable Egg_bar__plus_00_dot_07_bar__plus_00_dot_69_bar__plus_03_dot_32)
        (coolable Egg_bar__plus_00_dot_07_bar__plus_00_dot_69_bar__plus_03_dot_32)
        (inReceptacle Egg_bar__plus_00_dot_07_bar__plus_00_dot_69_bar__plus_03_dot_32 Fridge_bar__minus_00_dot_77_bar__plus_02_dot_96_bar__plus_01_dot_68)
        (objectAtLocation Egg_bar__plus_00_dot_07_bar__plus_00_dot_69_bar__plus_03_dot_32 loc_bar__minus_3_bar__minus_9_bar_2_bar_0)
        (objectType Spoon_bar__minus_00_dot_37_bar__plus_03_dot_24_bar__minus_02_dot_09 SpoonType)
        (pickupable Spoon_bar__minus_00_dot_37_bar__plus_03_dot_24_bar__minus_02_dot_09)
        (cleanable Spoon_bar__minus_00_dot_37_bar__plus_03_dot_24_bar__minus_02_dot_09)
        (inReceptacle Spoon_bar__minus_00_dot_37_bar__plus_03_dot_24_bar__minus_02_dot_09 CounterTop_bar__minus_01_dot_18_bar__plus_02_dot_81_bar__minus_03_dot_39)
        (objectAtLocation Spoon_bar__minus_00_dot_37_bar__plus_03_dot_24_bar__minus_02_dot_09 loc_bar__minus_8_bar__minus_9_bar_3_bar_15)
        (objectType WineBottle_bar__minus_02_dot_23_bar__plus_01_dot_15_bar__minus_02_dot_55 WineBottleType)
        (pickupable WineBottle_bar__minus_02_dot_23_bar__plus_01_dot_15_bar__minus_02_dot_55)
        (coolable WineBottle_bar__minus_02_dot_23_bar__plus_01_dot_15_bar__minus_02_dot_55)
        (inReceptacle WineBottle_bar__minus_02_dot_23_bar__plus_01_dot_15_bar__minus_02_dot_55 CounterTop_bar__minus_01_dot_18_bar__plus_02_dot_81_bar__minus_03_dot_39)
        (objectAtLocation WineBottle_bar__minus_02_dot_23_bar__plus_01_dot_15_bar__minus_02_dot_55 loc_bar__minus_8_bar__minus_9_bar_3_bar_15)
        (objectType Knife_bar__plus_02_dot_92_bar__plus_01_dot_69_bar__minus_00_dot_52 KnifeType)
        (pickupable Knife_bar__plus_02_dot_92_bar__plus_01_dot_69_bar__minus_00_dot_52)
        (cleanable Knife_bar__plus_02_dot_92_bar__plus_01_dot_69_bar__minus_00_dot_52)
        (inReceptacle Knife_bar__plus_02_dot_92_bar__plus_01_dot_69_bar__minus_00_dot_52 CounterTop_bar__minus_01_dot_18_bar__plus_02_dot_81_bar__minus_03_dot_39)
        (objectAtLocation Knife_bar__plus_02_dot_92_bar__plus_01_dot_69_bar__minus_00_dot_52 loc_bar__minus_8_bar__minus_9_bar_3_bar_15)
        (canContain CabinetType WineBottleType)
        (canContain CounterTopType EggType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType SpoonType)
        (canContain CounterTopType WineBottleType)
        (canContain DrawerType KnifeType)
        (canContain DrawerType SpoonType)
        (canContain FridgeType EggType)
        (canContain FridgeType WineBottleType)
        (canContain MicrowaveType EggType)
        (canContain ShelfType WineBottleType)
        (canContain SinkBasinType EggType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType SpoonType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o EggType)
                            (receptacleType ?r CounterTopType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
