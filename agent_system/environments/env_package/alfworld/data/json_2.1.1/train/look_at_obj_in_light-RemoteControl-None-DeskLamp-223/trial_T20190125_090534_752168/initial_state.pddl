(define (problem plan_trial_T20190125_090534_752168)
    (:domain alfred)
    (:objects
        agent1 - agent
        BoxType - otype
        ButterKnifeType - otype
        CellPhoneType - otype
        DeskLampType - otype
        KnifeType - otype
        NewspaperType - otype
        PillowType - otype
        RemoteControlType - otype
        VaseType - otype
        CoffeeTableType - rtype
        DrawerType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        ShelfType - rtype
        SideTableType - rtype
        SinkBasinType - rtype
        SofaType - rtype
        RemoteControl_bar__minus_03_dot_34_bar__plus_01_dot_67_bar__plus_01_dot_56 - object
        RemoteControl_bar__plus_00_dot_69_bar__plus_02_dot_75_bar__minus_02_dot_70 - object
        Vase_bar__minus_00_dot_56_bar__plus_02_dot_08_bar__minus_03_dot_38 - object
        CellPhone_bar__minus_02_dot_83_bar__plus_02_dot_63_bar__plus_00_dot_75 - object
        Newspaper_bar__plus_00_dot_65_bar__plus_03_dot_24_bar__minus_03_dot_04 - object
        Box_bar__plus_02_dot_27_bar__plus_03_dot_42_bar__plus_03_dot_25 - object
        Pillow_bar__plus_02_dot_24_bar__plus_00_dot_45_bar__plus_02_dot_89 - object
        DeskLamp_bar__minus_00_dot_93_bar__plus_00_dot_41_bar__minus_01_dot_53 - object
        CoffeeTable_bar__plus_01_dot_83_bar__plus_02_dot_05_bar__minus_01_dot_47 - receptacle
        Drawer_bar__minus_00_dot_36_bar__plus_02_dot_02_bar__plus_01_dot_63 - receptacle
        Drawer_bar__minus_02_dot_23_bar__plus_01_dot_99_bar__plus_00_dot_23 - receptacle
        GarbageCan_bar__minus_02_dot_63_bar__plus_03_dot_16_bar__plus_03_dot_16 - receptacle
        Shelf_bar__plus_00_dot_16_bar__plus_03_dot_45_bar__minus_02_dot_01 - receptacle
        Shelf_bar__plus_00_dot_13_bar__plus_03_dot_29_bar__minus_00_dot_54 - receptacle
        SideTable_bar__plus_03_dot_47_bar__plus_02_dot_06_bar__plus_01_dot_85 - receptacle
        Sofa_bar__minus_00_dot_89_bar__plus_01_dot_97_bar__plus_02_dot_12 - receptacle
        loc_bar_2_bar_5_bar_1_bar_0 - location
        loc_bar_2_bar__minus_9_bar_1_bar_30 - location
        loc_bar_6_bar__minus_3_bar_3_bar_0 - location
        loc_bar__minus_2_bar_1_bar_0_bar_15 - location
        loc_bar__minus_3_bar_4_bar_1_bar_45 - location
        loc_bar__minus_4_bar__minus_6_bar_1_bar_30 - location
        loc_bar__minus_5_bar__minus_8_bar_1_bar_15 - location
        loc_bar__minus_6_bar_4_bar_0_bar_60 - location
        loc_bar__minus_9_bar_8_bar_3_bar__minus_30 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_5_bar__minus_8_bar_1_bar_15)
        (receptacleType CoffeeTable_bar__plus_01_dot_83_bar__plus_02_dot_05_bar__minus_01_dot_47 CoffeeTableType)
        (receptacleAtLocation CoffeeTable_bar__plus_01_dot_83_bar__plus_02_dot_05_bar__minus_01_dot_47 loc_bar__minus_4_bar__minus_6_bar_1_bar_30)
        (receptacleType Drawer_bar__minus_00_dot_36_bar__plus_02_dot_02_bar__plus_01_dot_63 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_00_dot_36_bar__plus_02_dot_02_bar__plus_01_dot_63 loc_bar__minus_9_bar_8_bar_3_bar__minus_30)
        (openable Drawer_bar__minus_00_dot_36_bar__plus_02_dot_02_bar__plus_01_dot_63)
        (receptacleType Drawer_bar__minus_02_dot_23_bar__plus_01_dot_99_bar__plus_00_dot_23 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_02_dot_23_bar__plus_01_dot_99_bar__plus_00_dot_23 loc_bar_2_bar_5_bar_1_bar_0)
        (openable Drawer_bar__minus_02_dot_23_bar__plus_01_dot_99_bar__plus_00_dot_23)
        (receptacleType GarbageCan_bar__minus_02_dot_63_bar__plus_03_dot_16_bar__plus_03_dot_16 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_02_dot_63_bar__plus_03_dot_16_bar__plus_03_dot_16 loc_bar__minus_3_bar_4_bar_1_bar_45)
        (receptacleType Shelf_bar__plus_00_dot_16_bar__plus_03_dot_45_bar__minus_02_dot_01 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_16_bar__plus_03_dot_45_bar__minus_02_dot_01 loc_bar__minus_6_bar_4_bar_0_bar_60)
        (receptacleType Shelf_bar__plus_00_dot_13_bar__plus_03_dot_29_bar__minus_00_dot_54 ShelfType)
        (receptacleAtLocation Shelf_bar__plus_00_dot_13_bar__plus_03_dot_29_bar__minus_00_dot_54 loc_bar_6_bar__minus_3_bar_3_bar_0)
        (receptacleType SideTable_bar__plus_03_dot_47_bar__plus_02_dot_06_bar__plus_01_dot_85 SideTableType)
        (receptacleAtLocation SideTable_bar__plus_03_dot_47_bar__plus_02_dot_06_bar__plus_01_dot_85 loc_bar__minus_2_bar_1_bar_0_bar_15)
        (receptacleType Sofa_bar__minus_00_dot_89_bar__plus_01_dot_97_bar__plus_02_dot_12 SofaType)
        (receptacleAtLocation Sofa_bar__minus_00_dot_89_bar__plus_01_dot_97_bar__plus_02_dot_12 loc_bar_2_bar__minus_9_bar_1_bar_30)
        (objectType RemoteControl_bar__minus_03_dot_34_bar__plus_01_dot_67_bar__plus_01_dot_56 RemoteControlType)
        (pickupable RemoteControl_bar__minus_03_dot_34_bar__plus_01_dot_67_bar__plus_01_dot_56)
        (inReceptacle RemoteControl_bar__minus_03_dot_34_bar__plus_01_dot_67_bar__plus_01_dot_56 SideTable_bar__plus_03_dot_47_bar__plus_02_dot_06_bar__plus_01_dot_85)
        (objectAtLocation RemoteControl_bar__minus_03_dot_34_bar__plus_01_dot_67_bar__plus_01_dot_56 loc_bar__minus_2_bar_1_bar_0_bar_15)
        (objectType RemoteControl_bar__plus_00_dot_69_bar__plus_02_dot_75_bar__minus_02_dot_70 RemoteControlType)
        (pickupable RemoteControl_bar__plus_00_dot_69_bar__plus_02_dot_75_bar__minus_02_dot_70)
        (inReceptacle RemoteControl_bar__plus_00_dot_69_bar__plus_02_dot_75_bar__minus_02_dot_70 Shelf_bar__plus_00_dot_16_bar__plus_03_dot_45_bar__minus_02_dot_01)
        (objectAtLocation RemoteControl_bar__plus_00_dot_69_bar__plus_02_dot_75_bar__minus_02_dot_70 loc_bar__minus_6_bar_4_bar_0_bar_60)
        (objectType Vase_bar__minus_00_dot_56_bar__plus_02_dot_08_bar__minus_03_dot_38 VaseType)
        (pickupable Vase_bar__minus_00_dot_56_bar__plus_02_dot_08_bar__minus_03_dot_38)
        (inReceptacle Vase_bar__minus_00_dot_56_bar__plus_02_dot_08_bar__minus_03_dot_38 CoffeeTable_bar__plus_01_dot_83_bar__plus_02_dot_05_bar__minus_01_dot_47)
        (objectAtLocation Vase_bar__minus_00_dot_56_bar__plus_02_dot_08_bar__minus_03_dot_38 loc_bar__minus_4_bar__minus_6_bar_1_bar_30)
        (objectType CellPhone_bar__minus_02_dot_83_bar__plus_02_dot_63_bar__plus_00_dot_75 CellPhoneType)
        (pickupable CellPhone_bar__minus_02_dot_83_bar__plus_02_dot_63_bar__plus_00_dot_75)
        (inReceptacle CellPhone_bar__minus_02_dot_83_bar__plus_02_dot_63_bar__plus_00_dot_75 Drawer_bar__minus_00_dot_36_bar__plus_02_dot_02_bar__plus_01_dot_63)
        (objectAtLocation CellPhone_bar__minus_02_dot_83_bar__plus_02_dot_63_bar__plus_00_dot_75 loc_bar__minus_9_bar_8_bar_3_bar__minus_30)
        (objectType Newspaper_bar__plus_00_dot_65_bar__plus_03_dot_24_bar__minus_03_dot_04 NewspaperType)
        (pickupable Newspaper_bar__plus_00_dot_65_bar__plus_03_dot_24_bar__minus_03_dot_04)
        (inReceptacle Newspaper_bar__plus_00_dot_65_bar__plus_03_dot_24_bar__minus_03_dot_04 CoffeeTable_bar__plus_01_dot_83_bar__plus_02_dot_05_bar__minus_01_dot_47)
        (objectAtLocation Newspaper_bar__plus_00_dot_65_bar__plus_03_dot_24_bar__minus_03_dot_04 loc_bar__minus_4_bar__minus_6_bar_1_bar_30)
        (objectType Box_bar__plus_02_dot_27_bar__plus_03_dot_42_bar__plus_03_dot_25 BoxType)
        (pickupable Box_bar__plus_02_dot_27_bar__plus_03_dot_42_bar__plus_03_dot_25)
        (inReceptacle Box_bar__plus_02_dot_27_bar__plus_03_dot_42_bar__plus_03_dot_25 Shelf_bar__plus_00_dot_16_bar__plus_03_dot_45_bar__minus_02_dot_01)
        (objectAtLocation Box_bar__plus_02_dot_27_bar__plus_03_dot_42_bar__plus_03_dot_25 loc_bar__minus_6_bar_4_bar_0_bar_60)
        (objectType Pillow_bar__plus_02_dot_24_bar__plus_00_dot_45_bar__plus_02_dot_89 PillowType)
        (pickupable Pillow_bar__plus_02_dot_24_bar__plus_00_dot_45_bar__plus_02_dot_89)
        (inReceptacle Pillow_bar__plus_02_dot_24_bar__plus_00_dot_45_bar__plus_02_dot_89 Sofa_bar__minus_00_dot_89_bar__plus_01_dot_97_bar__plus_02_dot_12)
        (objectAtLocation Pillow_bar__plus_02_dot_24_bar__plus_00_dot_45_bar__plus_02_dot_89 loc_bar_2_bar__minus_9_bar_1_bar_30)
        (objectType DeskLamp_bar__minus_00_dot_93_bar__plus_00_dot_41_bar__minus_01_dot_53 DeskLampType)
        (toggleable DeskLamp_bar__minus_00_dot_93_bar__plus_00_dot_41_bar__minus_01_dot_53)
        (inReceptacle DeskLamp_bar__minus_00_dot_93_bar__plus_00_dot_41_bar__minus_01_dot_53 SideTable_bar__plus_03_dot_47_bar__plus_02_dot_06_bar__plus_01_dot_85)
        (objectAtLocation DeskLamp_bar__minus_00_dot_93_bar__plus_00_dot_41_bar__minus_01_dot_53 loc_bar__minus_2_bar_1_bar_0_bar_15)
        (canContain CoffeeTableType BoxType)
        (canContain CoffeeTableType CellPhoneType)
        (canContain CoffeeTableType NewspaperType)
        (canContain CoffeeTableType RemoteControlType)
        (canContain CoffeeTableType VaseType)
        (canContain DrawerType CellPhoneType)
        (canContain DrawerType NewspaperType)
        (canContain DrawerType RemoteControlType)
        (canContain GarbageCanType NewspaperType)
        (canContain ShelfType BoxType)
        (canContain ShelfType CellPhoneType)
        (canContain ShelfType NewspaperType)
        (canContain ShelfType RemoteControlType)
        (canContain ShelfType VaseType)
        (canContain SideTableType BoxType)
        (canContain SideTableType CellPhoneType)
        (canContain SideTableType NewspaperType)
        (canContain SideTableType RemoteControlType)
        (canContain SideTableType VaseType)
        (canContain SofaType BoxType)
        (canContain SofaType CellPhoneType)
        (canContain SofaType NewspaperType)
        (canContain SofaType PillowType)
        (canContain SofaType RemoteControlType)
    )
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o RemoteControlType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
